using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class RepresentationRatioTests
{
    [Theory]
    // reference/representation_reference.py: the ratio of shares and its Katz log limits (Katz et al. 1978) typed
    // out independently, z by bisection on erf; agreement to 1e-9.
    [InlineData(30, 100, 20, 100, 1.4999999999999998, 0.9159608293223661, 2.456436921723568)]
    [InlineData(412, 3000, 21500, 174000, 1.1114418604651162, 1.0152187274133095, 1.216785088610023)]
    [InlineData(7, 250, 9000, 60000, 0.18666666666666668, 0.0899023600848422, 0.38758097575593364)]
    public void Calculate_AtNinetyFivePercent_MatchesTheIndependentKatzLimits(int count, int total, int group, int population, double ratio, double lower, double upper)
    {
        var estimate = RepresentationRatio.Calculate(count, total, group, population, CrudeRate.Confidence95);

        Assert.Equal(ratio, estimate.Ratio!.Value, 9);
        Assert.Equal(lower, estimate.Lower!.Value, 9);
        Assert.Equal(upper, estimate.Upper!.Value, 9);
    }

    [Fact]
    public void Calculate_Shares_AreTheWilsonLimitsOfEachShare()
    {
        var estimate = RepresentationRatio.Calculate(81, 263, 15, 148, CrudeRate.Confidence95);

        Assert.Equal(WilsonScore.Calculate(81, 263, CrudeRate.Confidence95), estimate.ProfileShare);
        Assert.Equal(WilsonScore.Calculate(15, 148, CrudeRate.Confidence95), estimate.PopulationShare);
        Assert.Equal(CrudeRate.Confidence95, estimate.Confidence);
    }

    [Fact]
    public void Calculate_GroupAbsentFromTheProfile_HasRatioZeroAndNoLimits()
    {
        // The Katz variance has 1/count in it, so it is undefined at a count of 0.
        var estimate = RepresentationRatio.Calculate(0, 50, 300, 1000, CrudeRate.Confidence95);

        Assert.Equal(0, estimate.Ratio);
        Assert.Null(estimate.Lower);
        Assert.Null(estimate.Upper);
    }

    [Fact]
    public void Calculate_GroupWithNoPopulation_HasNoRatio()
    {
        var estimate = RepresentationRatio.Calculate(4, 50, 0, 1000, CrudeRate.Confidence95);

        Assert.Null(estimate.Ratio);
        Assert.Equal(0, estimate.PopulationShare.Proportion);
    }

    [Theory]
    [InlineData(5, 30, 20, 100)]
    [InlineData(1, 3, 5000, 170000)]
    [InlineData(29, 30, 1, 100)]
    public void Calculate_LimitsAlwaysBracketTheRatio(int count, int total, int group, int population)
    {
        var estimate = RepresentationRatio.Calculate(count, total, group, population, CrudeRate.Confidence95);

        Assert.True(estimate.Lower < estimate.Ratio && estimate.Ratio < estimate.Upper);
    }

    [Fact]
    public void Calculate_CountAboveItsTotal_IsRefusedNamingIt()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RepresentationRatio.Calculate(11, 10, 5, 100, CrudeRate.Confidence95));

        Assert.Equal("count", error.ParamName);
    }
}
