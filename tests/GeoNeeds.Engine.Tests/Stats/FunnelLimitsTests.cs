using GeoNeeds.Engine.Stats;
using MathNet.Numerics.Distributions;

namespace GeoNeeds.Engine.Tests.Stats;

public class FunnelLimitsTests
{
    [Fact]
    public void ForRate_ExpectedCountHundred_WithinTwoCountsOfExactPoissonQuantiles()
    {
        // Benchmark 10 per 1,000 in 10,000 people: E = 100. Spiegelhalter (2005) defines the 95% limits as the
        // 2.5% and 97.5% quantiles of Poisson(100), found here independently by summing the Poisson distribution
        // (81 and 120). Byar's approximation to them is allowed two counts (0.2 per 1,000).
        var (lower, upper) = FunnelLimits.ForRate(10, 10_000, 1000, CrudeRate.Confidence95);

        Assert.InRange(lower * 10, Quantile(100, 0.025) - 2, Quantile(100, 0.025) + 2);
        Assert.InRange(upper * 10, Quantile(100, 0.975) - 2, Quantile(100, 0.975) + 2);
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

    private static int Quantile(double mean, double probability)
    {
        var count = 0;
        while (Poisson.CDF(mean, count) < probability)
        {
            count++;
        }

        return count;
    }
}
