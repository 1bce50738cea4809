using MathNet.Numerics;
using MathNet.Numerics.Statistics;

namespace GeoNeeds.Viewer.Charts;

/// <summary>A straight-line fit and the two correlations a scatter chart prints.</summary>
/// <param name="Intercept">a of the least-squares line y = a + b x.</param>
/// <param name="Slope">b of the least-squares line.</param>
/// <param name="Pearson">Pearson's product-moment correlation r.</param>
/// <param name="Spearman">Spearman's rank correlation ρ (ties take their mean rank).</param>
public sealed record LinearAssociation(double Intercept, double Slope, double Pearson, double Spearman, int Count)
{
    /// <summary>
    /// Ordinary least squares (Legendre 1805; Gauss 1809) for the line, Pearson's r (Pearson 1896) and Spearman's
    /// ρ (Spearman 1904) as Pearson's r of the ranks with tied values given their average rank, all from
    /// MathNet.Numerics (<c>Fit.Line</c>, <c>Correlation.Pearson</c>, <c>Correlation.Spearman</c>).
    /// </summary>
    /// <remarks>
    /// Null when there are fewer than three pairs or either variable is constant: no line or correlation means
    /// anything then, and the chart shows the points alone.
    /// </remarks>
    /// <exception cref="ArgumentException">The lists differ in length or hold a value that is not finite.</exception>
    public static LinearAssociation? Of(IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        if (xs.Count != ys.Count)
        {
            throw new ArgumentException($"x has {xs.Count} values and y {ys.Count}; they must pair up.", nameof(ys));
        }

        if (xs.Concat(ys).Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Values must be finite numbers.", nameof(xs));
        }

        if (xs.Count < 3 || xs.Distinct().Count() < 2 || ys.Distinct().Count() < 2)
        {
            return null;
        }

        var x = xs.ToArray();
        var y = ys.ToArray();
        var (intercept, slope) = Fit.Line(x, y);
        return new LinearAssociation(intercept, slope, Correlation.Pearson(x, y), Correlation.Spearman(x, y), x.Length);
    }
}
