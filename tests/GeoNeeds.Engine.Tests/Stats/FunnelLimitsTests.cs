using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class FunnelLimitsTests
{
    // Expected limits printed by reference/poisson_limits_reference.py (independent of MathNet): the count limits of
    // the expected count E as Fingertips draws them (Byar from 10, exact below), scaled to a rate per 1,000.
    // Relative tolerance 1e-6: a normal approximation (E ± z√E) is off by about 1% at E = 100 and fails.
    private const double Tolerance = 1e-6;

    [Theory]
    [InlineData(0.95, 8.136210549052786, 12.16279375792065)]
    [InlineData(0.998, 7.190369187259831, 13.494362176226323)]
    public void ForRate_ExpectedCountHundred_AreByarsLimitsOfTheExpectedCount(double confidence, double lower, double upper)
    {
        // Benchmark 10 per 1,000 in 10,000 people: E = 100.
        var limits = FunnelLimits.ForRate(10, 10_000, 1000, confidence);

        RelativeAssert.Equal(lower, limits.Lower, Tolerance);
        RelativeAssert.Equal(upper, limits.Upper, Tolerance);
    }

    [Theory]
    [InlineData(0.95, 0.41560580674333136, 8.006382137314745)]
    [InlineData(0.998, 0.1051063013146096, 12.160943173929159)]
    public void ForRate_FractionalExpectedCountBelowTen_AreTheExactPoissonLimitsOfThatCount(double confidence, double lower, double upper)
    {
        // Benchmark 2.5 per 1,000 in 1,000 people: E = 2.5, not rounded to a whole count.
        var limits = FunnelLimits.ForRate(2.5, 1_000, 1000, confidence);

        RelativeAssert.Equal(lower, limits.Lower, Tolerance);
        RelativeAssert.Equal(upper, limits.Upper, Tolerance);
    }

    [Fact]
    public void ForRate_LargerPopulation_NarrowerLimits()
    {
        var small = FunnelLimits.ForRate(10, 2_000, 1000, CrudeRate.Confidence998);
        var large = FunnelLimits.ForRate(10, 20_000, 1000, CrudeRate.Confidence998);

        Assert.True(large.Upper - large.Lower < small.Upper - small.Lower);
        Assert.InRange(10, large.Lower, large.Upper);
    }

    [Fact]
    public void ForRate_ZeroPopulation_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelLimits.ForRate(10, 0, 1000, 0.95));

        Assert.StartsWith("A funnel limit needs a population above zero.", error.Message, StringComparison.Ordinal);
    }
}
