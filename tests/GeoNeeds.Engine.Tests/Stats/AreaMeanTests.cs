using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class AreaMeanTests
{
    [Fact]
    public void Simple_ThreeScores_IsTheirArithmeticMean()
    {
        // (10 + 20 + 45) / 3 = 25, exact in binary floating point.
        Assert.Equal(25.0, AreaMean.Simple([10, 20, 45]));
    }

    [Fact]
    public void Simple_NoValues_IsNull()
    {
        Assert.Null(AreaMean.Simple([]));
    }

    [Fact]
    public void Weighted_PopulationWeightedScores_FavoursTheLargerArea()
    {
        // (10 × 1,000 + 40 × 3,000) / 4,000 = 130,000 / 4,000 = 32.5, exact in binary floating point.
        Assert.Equal(32.5, AreaMean.Weighted([(10, 1_000), (40, 3_000)]));
    }

    [Fact]
    public void Weighted_ZeroTotalWeight_IsNull()
    {
        Assert.Null(AreaMean.Weighted([(10, 0), (40, 0)]));
    }

    [Fact]
    public void Weighted_NegativeWeight_ThrowsNamingTheItem()
    {
        var error = Assert.Throws<ArgumentException>(() => AreaMean.Weighted([(10, 5), (40, -1)]));

        Assert.Equal("items", error.ParamName);
        Assert.Contains("got value 40 with weight -1", error.Message);
    }

    [Fact]
    public void Simple_NaNValue_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => AreaMean.Simple([1, double.NaN]));

        Assert.Contains("got value NaN", error.Message);
    }
}
