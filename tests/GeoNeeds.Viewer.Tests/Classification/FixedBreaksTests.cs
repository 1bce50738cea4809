using GeoNeeds.Viewer.Classification;

namespace GeoNeeds.Viewer.Tests.Classification;

public class FixedBreaksTests
{
    [Fact]
    public void Of_ThreeBounds_FourClassesBetweenTheDataEnds()
    {
        var breaks = FixedBreaks.Of([1, 12, 30], [5, 10, 20]);

        Assert.Equal([1, 5, 10, 20, 30], breaks.Bounds);
    }

    [Theory]
    [InlineData(5.0, 0)]
    [InlineData(5.1, 1)]
    [InlineData(20.0, 2)]
    [InlineData(25.0, 3)]
    public void ClassOf_ValueOnOrAboveABound_UpperBoundIsInclusive(double value, int expected)
    {
        var breaks = FixedBreaks.Of([1, 30], [5, 10, 20]);

        Assert.Equal(expected, breaks.ClassOf(value));
    }

    [Fact]
    public void Of_BoundsNotAscending_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => FixedBreaks.Of([1, 2], [10, 5]));

        Assert.StartsWith("Fixed class bounds must be one or more finite numbers in strictly ascending order", error.Message, StringComparison.Ordinal);
    }
}
