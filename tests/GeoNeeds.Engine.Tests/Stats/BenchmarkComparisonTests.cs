using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class BenchmarkComparisonTests
{
    [Theory]
    [InlineData(12, 15, Polarity.HigherIsWorse, BenchmarkOutcome.Worse)]
    [InlineData(12, 15, Polarity.HigherIsBetter, BenchmarkOutcome.Better)]
    [InlineData(12, 15, Polarity.NoJudgement, BenchmarkOutcome.Higher)]
    [InlineData(5, 8, Polarity.HigherIsWorse, BenchmarkOutcome.Better)]
    [InlineData(5, 8, Polarity.HigherIsBetter, BenchmarkOutcome.Worse)]
    [InlineData(5, 8, Polarity.NoJudgement, BenchmarkOutcome.Lower)]
    public void Compare_IntervalWhollyAboveOrBelowBenchmark10_ReadsThroughPolarity(double lower, double upper, Polarity polarity, BenchmarkOutcome expected)
    {
        Assert.Equal(expected, BenchmarkComparison.Compare(lower, upper, 10, polarity));
    }

    [Fact]
    public void Compare_IntervalContainsBenchmark_IsSimilar()
    {
        Assert.Equal(BenchmarkOutcome.Similar, BenchmarkComparison.Compare(8, 12, 10, Polarity.HigherIsWorse));
    }

    [Fact]
    public void Compare_LimitEndsExactlyOnBenchmark_IsSimilar()
    {
        // The limits are inclusive: the benchmark is inside the closed interval [10, 12].
        Assert.Equal(BenchmarkOutcome.Similar, BenchmarkComparison.Compare(10, 12, 10, Polarity.HigherIsWorse));
    }

    [Theory]
    [InlineData(null, 12.0, 10.0)]
    [InlineData(8.0, 12.0, null)]
    [InlineData(double.NaN, 12.0, 10.0)]
    public void Compare_MissingInput_IsNotCompared(double? lower, double? upper, double? benchmark)
    {
        Assert.Equal(BenchmarkOutcome.NotCompared, BenchmarkComparison.Compare(lower, upper, benchmark, Polarity.HigherIsWorse));
    }

    [Fact]
    public void Compare_LowerAboveUpper_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => BenchmarkComparison.Compare(12, 8, 10, Polarity.HigherIsWorse));

        Assert.Equal("The lower limit 12 is above the upper limit 8.", error.Message);
    }

    [Fact]
    public void Compare_Rate82Per10000AgainstBenchmark10Point5_BetterAt95SimilarAt998()
    {
        // 82 events in 10,000 people per 1,000: 8.2 with Byar limits 6.52149–10.17848 (95%) and 5.68178–11.40440
        // (99.8%), from the reference values of PoissonLimitsTests (count 82) divided by 10. A benchmark of 10.5 lies
        // above the 95% interval (significantly lower: better when higher is worse) but inside the 99.8% one.
        var area = CrudeRate.Calculate(82, 10_000, 1000);
        var benchmark = CrudeRate.Calculate(1050, 100_000, 1000);

        Assert.Equal(BenchmarkOutcome.Better, BenchmarkComparison.Compare(area, benchmark, Polarity.HigherIsWorse));
        Assert.Equal(BenchmarkOutcome.Similar, BenchmarkComparison.Compare(area, benchmark, Polarity.HigherIsWorse, CrudeRate.Confidence998));
    }

    [Fact]
    public void Compare_SuppressedOrUncomputedRate_IsNotCompared()
    {
        var area = CrudeRate.Calculate(3, 0, 1000);
        var benchmark = CrudeRate.Calculate(1050, 100_000, 1000);

        Assert.Equal(BenchmarkOutcome.NotCompared, BenchmarkComparison.Compare(area, benchmark, Polarity.HigherIsWorse));
    }

    [Fact]
    public void CompareIntervals_Overlapping_IsSimilarEvenWhereTheValueTestDiffers()
    {
        // The area's interval 8–9.8 excludes the benchmark value 10 (Fingertips: lower), but overlaps the benchmark's
        // own interval 9.5–10.5, so the conservative overlap test says similar.
        Assert.Equal(BenchmarkOutcome.Better, BenchmarkComparison.Compare(8, 9.8, 10, Polarity.HigherIsWorse));
        Assert.Equal(BenchmarkOutcome.Similar, BenchmarkComparison.CompareIntervals(8, 9.8, 9.5, 10.5, Polarity.HigherIsWorse));
    }

    [Fact]
    public void CompareIntervals_Separate_ReadsThroughPolarity()
    {
        Assert.Equal(BenchmarkOutcome.Worse, BenchmarkComparison.CompareIntervals(11, 13, 9.5, 10.5, Polarity.HigherIsWorse));
    }

    [Theory]
    [InlineData(10, 12, 12, BenchmarkOutcome.Similar)]
    [InlineData(12, 14, 12, BenchmarkOutcome.Similar)]
    [InlineData(5, 5, 3, BenchmarkOutcome.Worse)]
    [InlineData(5, 5, 7, BenchmarkOutcome.Better)]
    public void Compare_BenchmarkOnALimitOrLimitsEqual_IsSimilarOnlyWhenTheIntervalHoldsIt(double lower, double upper, double benchmark, BenchmarkOutcome expected)
    {
        // An interval includes its limits; a zero-width interval (equal limits) is still an interval.
        Assert.Equal(expected, BenchmarkComparison.Compare(lower, upper, benchmark, Polarity.HigherIsWorse));
    }

    [Theory]
    [InlineData(1, 2, 3, 4, BenchmarkOutcome.Better)]
    [InlineData(2, 3, 3, 4, BenchmarkOutcome.Similar)]
    [InlineData(4, 5, 3, 4, BenchmarkOutcome.Similar)]
    [InlineData(4.5, 5, 3, 4, BenchmarkOutcome.Worse)]
    public void CompareIntervals_TouchingOrSeparate_DiffersOnlyWhenTheyDoNotMeet(double lower, double upper, double benchmarkLower, double benchmarkUpper, BenchmarkOutcome expected)
    {
        Assert.Equal(expected, BenchmarkComparison.CompareIntervals(lower, upper, benchmarkLower, benchmarkUpper, Polarity.HigherIsWorse));
    }

    [Fact]
    public void CompareIntervals_BenchmarkWithoutLimits_IsNotCompared()
    {
        Assert.Equal(BenchmarkOutcome.NotCompared, BenchmarkComparison.CompareIntervals(1, 2, null, null, Polarity.HigherIsWorse));
        Assert.Equal(BenchmarkOutcome.NotCompared, BenchmarkComparison.CompareIntervals(null, 2, 3, 4, Polarity.HigherIsWorse));
    }
}
