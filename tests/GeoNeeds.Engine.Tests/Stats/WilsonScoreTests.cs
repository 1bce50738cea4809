using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class WilsonScoreTests
{
    [Theory]
    // Newcombe (1998), Statistics in Medicine 17:857, Table I, method 3 (score interval without continuity
    // correction), printed to four decimals.
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Calculate_AtNinetyFivePercent_MatchesNewcombesPublishedLimits(int count, int total, double lower, double upper)
    {
        var limits = WilsonScore.Calculate(count, total, CrudeRate.Confidence95);

        Assert.Equal((double)count / total, limits.Proportion, 12);
        Assert.Equal(lower, limits.Lower, 4);
        Assert.Equal(upper, limits.Upper, 4);
    }

    [Fact]
    public void Calculate_SixtyFiveOfAHundred_MatchesAnIndependentComputationToOneInAMillion()
    {
        // Computed separately in double precision from Wilson's formula with z = 1.959963984540054.
        var limits = WilsonScore.Calculate(65, 100, CrudeRate.Confidence95);

        Assert.Equal(0.5525444, limits.Lower, 6);
        Assert.Equal(0.7363575, limits.Upper, 6);
    }

    [Fact]
    public void Calculate_EveryoneCounted_HasUpperLimitOneAndLowerBelowIt()
    {
        // 20 of 20 mirrors 0 of 20: the lower limit is 1 − 0.1611.
        var limits = WilsonScore.Calculate(20, 20, CrudeRate.Confidence95);

        Assert.Equal(1, limits.Upper);
        Assert.Equal(1 - 0.1611, limits.Lower, 4);
    }

    [Fact]
    public void Calculate_AtNinetyNinePointEightPercent_IsWiderThanAtNinetyFive()
    {
        var inner = WilsonScore.Calculate(30, 120, CrudeRate.Confidence95);
        var outer = WilsonScore.Calculate(30, 120, CrudeRate.Confidence998);

        Assert.True(outer.Lower < inner.Lower && outer.Upper > inner.Upper);
    }

    [Theory]
    [InlineData(-1, 10, 0.95, "count")]
    [InlineData(11, 10, 0.95, "count")]
    [InlineData(double.NaN, 10, 0.95, "count")]
    [InlineData(1, 0, 0.95, "total")]
    [InlineData(1, double.PositiveInfinity, 0.95, "total")]
    [InlineData(1, 10, 1, "confidence")]
    public void Calculate_ImpossibleInput_IsRefusedNamingIt(double count, double total, double confidence, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => WilsonScore.Calculate(count, total, confidence));

        Assert.Equal(name, error.ParamName);
    }
}
