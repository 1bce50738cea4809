using GeoNeeds.Viewer.Classification;

namespace GeoNeeds.Viewer.Tests.Classification;

public class EqualIntervalBreaksTests
{
    [Fact]
    public void Of_ZeroToTenInFiveClasses_CutsEveryTwo()
    {
        // (10 − 0) / 5 = 2 per class, computed by hand; exact.
        var breaks = EqualIntervalBreaks.Of([0, 3, 7, 10], 5);

        Assert.Equal([0, 2, 4, 6, 8, 10], breaks.Bounds);
    }

    [Fact]
    public void Of_AllValuesEqual_OneClassOfZeroWidth()
    {
        var breaks = EqualIntervalBreaks.Of([4, 4, 4], 5);

        Assert.Equal([4, 4], breaks.Bounds);
        Assert.Equal(0, breaks.ClassOf(4));
    }

    [Fact]
    public void Of_InfiniteValue_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => EqualIntervalBreaks.Of([1, double.PositiveInfinity], 5));

        Assert.StartsWith("Values to classify must be finite numbers.", error.Message, StringComparison.Ordinal);
    }
}
