using GeoNeeds.Viewer.Classification;

namespace GeoNeeds.Viewer.Tests.Classification;

public class BenchmarkComparisonTests
{
    [Theory]
    [InlineData(1.0, 2.0, BenchmarkResult.Lower)]
    [InlineData(2.0, 4.0, BenchmarkResult.Similar)]
    [InlineData(3.0, 4.0, BenchmarkResult.Similar)]
    [InlineData(3.5, 4.0, BenchmarkResult.Higher)]
    public void Compare_IntervalAgainstBenchmarkThree_ClassifiesAsFingertips(double lower, double upper, BenchmarkResult expected)
    {
        Assert.Equal(expected, BenchmarkComparison.Compare(lower, upper, 3.0));
    }

    [Fact]
    public void Compare_NoInterval_NotCompared()
    {
        Assert.Equal(BenchmarkResult.NotCompared, BenchmarkComparison.Compare(null, null, 3.0));
    }
}
