using GeoNeeds.Viewer.Charts;

namespace GeoNeeds.Viewer.Tests.Charts;

public class DecileRatesTests
{
    [Fact]
    public void Of_TwoAreasInADecile_PoolsCountsAndPopulations()
    {
        // Decile 1: (30 + 10) / (1,000 + 3,000) × 1,000 = 10 per 1,000, not the mean of 30 and 3.3. By hand.
        var rates = DecileRates.Of([(1, 30, 1000), (1, 10, 3000), (10, 5, 2000)], 1000);

        Assert.Equal([1, 10], rates.Select(r => r.Decile));
        Assert.Equal(10, rates[0].Rate.Value!.Value, 1e-9);
        Assert.Equal(2, rates[0].Areas);
    }

    [Fact]
    public void Of_AreaWithoutDecileOrPopulation_LeftOut()
    {
        var rates = DecileRates.Of([(null, 30, 1000), (4, 10, null), (4, 10, 0)], 1000);

        Assert.Empty(rates);
    }
}
