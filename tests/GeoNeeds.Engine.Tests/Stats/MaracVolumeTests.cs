using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class MaracVolumeTests
{
    [Fact]
    public void Compare_AreaBelowTheRecommendedVolume_GivesRateDifferenceAndPercentOfExpected()
    {
        // A hypothetical area of 350,000 adult women with 1,200 MARAC cases in the year, against SafeLives' 40 per
        // 10,000. By hand: expected 350,000 / 10,000 × 40 = 1,400; rate 1,200 / 350,000 × 10,000 = 34.2857…;
        // difference 1,200 − 1,400 = −200; 1,200 / 1,400 × 100 = 85.7142…%. Tolerance 1e-9 relative.
        var comparison = MaracVolume.Compare(adultWomen: 350_000, cases: 1_200);

        RelativeAssert.Equal(1_400, comparison.ExpectedCases, 1e-9);
        RelativeAssert.Equal(34.285714285714285, comparison.RatePer10000, 1e-9);
        RelativeAssert.Equal(-200, comparison.Difference, 1e-9);
        RelativeAssert.Equal(85.71428571428571, comparison.PercentOfExpected, 1e-9);
    }

    [Fact]
    public void Compare_NoAdultWomen_LeavesRateAndPercentNull()
    {
        Assert.Equal(new MaracComparison(0, null, 3, null), MaracVolume.Compare(adultWomen: 0, cases: 3));
    }

    [Fact]
    public void ExpectedCases_OtherRecommendation_ScalesWithIt()
    {
        // 50,000 adult women at 30 per 10,000 = 150 cases (by hand).
        Assert.Equal(150, MaracVolume.ExpectedCases(50_000, 30), 1e-9);
    }

    [Fact]
    public void Compare_AdultWomenButNoExpectedCases_LeavesOnlyThePercentNull()
    {
        // A recommendation of 0 per 10,000: the rate is still 5 / 1,000 × 10,000 = 50, a percent of 0 is undefined.
        Assert.Equal(new MaracComparison(0, 50, 5, null), MaracVolume.Compare(adultWomen: 1_000, cases: 5, casesPer10000: 0));
    }

    [Theory]
    [InlineData(-1, 3, 40, "adultWomen")]
    [InlineData(double.NaN, 3, 40, "adultWomen")]
    [InlineData(1_000, -0.5, 40, "cases")]
    [InlineData(1_000, double.PositiveInfinity, 40, "cases")]
    [InlineData(1_000, 3, -40, "casesPer10000")]
    public void Compare_NegativeOrNotFiniteInput_IsRefusedNamingIt(double adultWomen, double cases, double casesPer10000, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => MaracVolume.Compare(adultWomen, cases, casesPer10000));

        Assert.Equal(name, error.ParamName);
        Assert.StartsWith($"The {name} must be zero or more and finite.", error.Message, StringComparison.Ordinal);
    }
}
