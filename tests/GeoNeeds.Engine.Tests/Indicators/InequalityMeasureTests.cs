using GeoNeeds.Engine.Indicators;

namespace GeoNeeds.Engine.Tests.Indicators;

public class InequalityMeasureTests
{
    [Fact]
    public void Deciles_TwoAreasInADecile_PoolsCountsAndPopulations()
    {
        // Decile 1: (30 + 10) / (1,000 + 3,000) × 1,000 = 10 per 1,000, not the mean of 30 and 3.3. By hand.
        var rates = InequalityMeasure.Deciles([new("A", 30, 1000, 1), new("B", 10, 3000, 1), new("C", 5, 2000, 10)], 1000);

        Assert.Equal([1, 10], rates.Select(r => r.Decile));
        Assert.Equal(10, rates[0].Rate.Value!.Value, 1e-9);
        Assert.Equal(2, rates[0].Areas);
    }

    [Fact]
    public void Deciles_AreaWithoutPopulation_LeftOut()
    {
        Assert.Empty(InequalityMeasure.Deciles([new("A", 30, null, 4)], 1000));
    }
}
