using MathNet.Numerics.Distributions;

namespace GeoNeeds.Engine.Stats;

/// <summary>
/// How closely two area-level measures move together (e.g. incident rates and IMD scores): Pearson's r,
/// Spearman's rank correlation ρ, their two-sided p-values, and the least-squares line of y on x.
/// </summary>
public static class Correlation
{
    /// <summary>The fewest pairs a correlation is given for: with two, any two points lie on a line.</summary>
    public const int MinimumPairs = 3;

    /// <summary>
    /// Pearson's r and Spearman's ρ with p-values and the OLS line of y on x, for a table's <c>correlate</c>
    /// output. Anscombe (1973, <i>The American Statistician</i> 27:17) gives r = 0.816 for each of his four sets.
    /// </summary>
    /// <remarks>
    /// Statistics that a constant column leaves undefined (r, ρ, the slope when x is constant, R² when y is)
    /// are null rather than NaN.
    /// </remarks>
    /// <exception cref="ArgumentException">The lists differ in length, hold fewer than 3 pairs, or hold a NaN or infinity.</exception>
    public static CorrelationSummary Summarise(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        RequirePairs(x, y);
        var pearson = Pearson(x, y);
        var spearman = Spearman(x, y);
        var line = LeastSquaresLine.Fit(x, y);
        return new CorrelationSummary(
            x.Count,
            pearson,
            pearson is { } r ? TwoSidedP(r, x.Count) : null,
            spearman,
            spearman is { } rho ? TwoSidedP(rho, x.Count) : null,
            line?.Slope,
            line?.Intercept,
            line?.RSquared);
    }

    /// <summary>
    /// Pearson's product-moment correlation r = Σ(x − x̄)(y − ȳ) ÷ √(Σ(x − x̄)² Σ(y − ȳ)²) (Pearson 1896), computed
    /// from deviations about the means so that large values lose no precision.
    /// </summary>
    /// <remarks>Null when either list is constant (r is 0 ÷ 0).</remarks>
    /// <exception cref="ArgumentException">The lists differ in length, hold fewer than 3 pairs, or hold a NaN or infinity.</exception>
    public static double? Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        RequirePairs(x, y);
        var (sxx, syy, sxy) = Moments(x, y);
        return sxx > 0 && syy > 0 ? Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1) : null;
    }

    /// <summary>
    /// Spearman's rank correlation ρ: Pearson's r of the ranks, ties given the average of the ranks they span
    /// (Spearman 1904; the tie handling of R <c>cor(method = "spearman")</c> and SciPy <c>spearmanr</c>).
    /// </summary>
    /// <remarks>Null when either list is all ties.</remarks>
    /// <exception cref="ArgumentException">The lists differ in length, hold fewer than 3 pairs, or hold a NaN or infinity.</exception>
    public static double? Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        RequirePairs(x, y);
        return Pearson(AverageRanks(x), AverageRanks(y));
    }

    /// <summary>
    /// The two-sided p-value of a correlation coefficient under the null hypothesis of no correlation, from
    /// t = r √((n − 2) ÷ (1 − r²)) on n − 2 degrees of freedom: exact for Pearson's r with normal data, and the
    /// large-sample approximation for Spearman's ρ used by R <c>cor.test(exact = FALSE)</c> and SciPy
    /// <c>spearmanr</c>.
    /// </summary>
    /// <remarks>A perfect correlation (|r| = 1) has p = 0.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">r is outside −1..1 or n is below 3.</exception>
    public static double TwoSidedP(double r, int n)
    {
        if (!(r >= -1 && r <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(r), r, "A correlation coefficient lies between -1 and 1.");
        }

        if (n < MinimumPairs)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "A p-value needs at least 3 pairs.");
        }

        if (Math.Abs(r) == 1)
        {
            return 0;
        }

        var t = Math.Abs(r) * Math.Sqrt((n - 2) / (1 - (r * r)));
        return 2 * StudentT.CDF(0, 1, n - 2, -t);
    }

    /// <summary>
    /// Ranks from 1 (smallest) to n, tied values sharing the mean of the ranks they occupy: 10, 20, 20, 30 → 1,
    /// 2.5, 2.5, 4.
    /// </summary>
    public static double[] AverageRanks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = ((start + end) / 2.0) + 1;
            }

            start = end + 1;
        }

        return ranks;
    }

    /// <summary>Sums of squared and cross deviations about the means: Σ(x − x̄)², Σ(y − ȳ)², Σ(x − x̄)(y − ȳ).</summary>
    internal static (double Sxx, double Syy, double Sxy) Moments(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var meanX = x.Average();
        var meanY = y.Average();
        double sxx = 0, syy = 0, sxy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            var dx = x[i] - meanX;
            var dy = y[i] - meanY;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }

        return (sxx, syy, sxy);
    }

    internal static void RequirePairs(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"x has {x.Count} values and y {y.Count}; they must pair up.", nameof(y));
        }

        if (x.Count < MinimumPairs)
        {
            throw new ArgumentException($"A correlation needs at least {MinimumPairs} pairs; got {x.Count}.", nameof(x));
        }

        if (x.Concat(y).Any(value => !double.IsFinite(value)))
        {
            throw new ArgumentException("Values must be finite numbers.", nameof(x));
        }
    }
}
