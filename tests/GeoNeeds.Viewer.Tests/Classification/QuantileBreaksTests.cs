using GeoNeeds.Viewer.Classification;

namespace GeoNeeds.Viewer.Tests.Classification;

public class QuantileBreaksTests
{
    [Fact]
    public void Of_OneToTenInFourClasses_MatchesRQuantileType7()
    {
        // R: quantile(1:10, c(0, .25, .5, .75, 1)) = 1, 3.25, 5.5, 7.75, 10 (type 7, R's default); exact.
        var breaks = QuantileBreaks.Of(Enumerable.Range(1, 10).Select(i => (double)i), 4);

        Assert.Equal([1, 3.25, 5.5, 7.75, 10], breaks.Bounds);
        Assert.Equal("quantile", breaks.Method);
    }

    [Fact]
    public void Of_ManyTiedValues_DropsRepeatedBounds()
    {
        // Eight zeros and two ones: the 0.2, 0.4 and 0.6 quantiles are all 0 (kept once, as a class of zeros), the
        // 0.8 quantile is 0 + 0.2 × (1 − 0) = 0.2 (h = 9 × 0.8 = 7.2, between the 8th and 9th values). By hand.
        var breaks = QuantileBreaks.Of([0, 0, 0, 0, 0, 0, 0, 0, 1, 1], 5);

        Assert.Equal([0, 0, 0.2, 1], breaks.Bounds, new ToleranceComparer(1e-12));
    }

    [Fact]
    public void Of_NoValues_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => QuantileBreaks.Of([], 5));

        Assert.StartsWith("There are no values to classify.", error.Message, StringComparison.Ordinal);
    }
}
