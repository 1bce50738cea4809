namespace GeoNeeds.Engine.Stats;

/// <summary>The ordinary least-squares line y = intercept + slope × x with its coefficient of determination.</summary>
/// <param name="RSquared">1 − residual ÷ total sum of squares; null when y is constant (0 ÷ 0).</param>
public sealed record LeastSquaresLine(double Slope, double Intercept, double? RSquared)
{
    /// <summary>
    /// Fits y on x by ordinary least squares: slope = Σ(x − x̄)(y − ȳ) ÷ Σ(x − x̄)², intercept = ȳ − slope x̄,
    /// R² = 1 − Σ(y − ŷ)² ÷ Σ(y − ȳ)² (Anscombe 1973 gives slope 0.500, intercept 3.00 and R² 0.67 for his
    /// four sets).
    /// </summary>
    /// <remarks>Null when x is constant: no line is defined.</remarks>
    /// <exception cref="ArgumentException">The lists differ in length, hold fewer than 3 pairs, or hold a NaN or infinity.</exception>
    public static LeastSquaresLine? Fit(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        Correlation.RequirePairs(x, y);
        var (sxx, syy, sxy) = Correlation.Moments(x, y);
        if (sxx == 0)
        {
            return null;
        }

        var slope = sxy / sxx;
        var intercept = y.Average() - (slope * x.Average());
        var residual = x.Select((xi, i) => y[i] - (intercept + (slope * xi))).Sum(e => e * e);
        return new LeastSquaresLine(slope, intercept, syy > 0 ? 1 - (residual / syy) : null);
    }
}
