using GeoNeeds.Viewer.Charts;

namespace GeoNeeds.Viewer.Tests.Charts;

public class LinearAssociationTests
{
    [Fact]
    public void Of_AnscombeFirstSet_PublishedLineAndCorrelation()
    {
        // Anscombe (1973), "Graphs in statistical analysis", The American Statistician 27:17, data set I: the
        // fitted line is y = 3.00 + 0.500x and r = 0.816 (to the published 3 significant figures).
        double[] x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
        double[] y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];

        var fit = LinearAssociation.Of(x, y)!;

        Assert.Equal(3.00, fit.Intercept, 0.005);
        Assert.Equal(0.500, fit.Slope, 0.0005);
        Assert.Equal(0.816, fit.Pearson, 0.0005);
        Assert.Equal(11, fit.Count);
    }

    [Fact]
    public void Of_IqAndTelevisionHours_SpearmanAsWorkedByHand()
    {
        // The IQ / hours of television example (Wikipedia, "Spearman's rank correlation coefficient"): no ties,
        // Σd² = 194, ρ = 1 − 6 × 194 / (10 × 99) = −29/165 = −0.175758. Tolerance 1e-6.
        double[] iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
        double[] tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];

        var fit = LinearAssociation.Of(iq, tv)!;

        Assert.Equal(-29.0 / 165, fit.Spearman, 1e-6);
    }

    [Fact]
    public void Of_ConstantX_NoFit()
    {
        Assert.Null(LinearAssociation.Of([1, 1, 1, 1], [1, 2, 3, 4]));
    }

    [Fact]
    public void Of_ListsOfDifferentLength_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => LinearAssociation.Of([1, 2, 3], [1, 2]));

        Assert.StartsWith("x has 3 values and y 2; they must pair up.", error.Message, StringComparison.Ordinal);
    }
}
