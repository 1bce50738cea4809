using MathNet.Numerics.Distributions;

namespace GeoNeeds.Engine.Stats;

/// <summary>
/// Confidence limits for a count of events assumed to follow a Poisson distribution, as OHID's Fingertips
/// and the PHEindicatormethods R package calculate them for crude rates.
/// </summary>
public static class PoissonLimits
{
    /// <summary>The <see cref="ForRate"/> method name for exact Poisson limits.</summary>
    public const string ExactMethod = "exact";

    /// <summary>The <see cref="ForRate"/> method name for Byar's approximation.</summary>
    public const string ByarMethod = "byar";

    /// <summary>The smallest count for which <see cref="ForRate"/> uses Byar's approximation instead of exact limits.</summary>
    public const double ByarFromCount = 10;

    /// <summary>
    /// Byar's approximation to the exact Poisson limits (Breslow and Day 1987, <i>Statistical Methods in Cancer
    /// Research</i> vol. II, p. 69), as PHEindicatormethods <c>byars_lower</c> / <c>byars_upper</c>:
    /// lower = O (1 − 1/(9O) − z/(3√O))³, upper = (O+1) (1 − 1/(9(O+1)) + z/(3√(O+1)))³.
    /// </summary>
    /// <param name="count">The observed count O; zero or more, not necessarily whole.</param>
    /// <param name="confidence">The two-sided confidence level as a fraction, e.g. 0.95 or 0.998.</param>
    /// <remarks>
    /// Approaches the exact limits as the count grows (at a count of 10 its 95% lower limit is 0.2% below the exact
    /// one, at 82 under 0.01%), which is why Fingertips uses it from 10 upward. For a count of 0 the lower formula
    /// is undefined (0 × −∞), and for a count of 1 at 99.8% it goes slightly negative (−0.0028); a count cannot
    /// be below zero, so the lower limit is floored at 0 in both cases. PHEindicatormethods does not floor, but
    /// never applies Byar below a count of 10 where this happens.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The count is negative or not finite, or the confidence is not strictly between 0 and 1.
    /// </exception>
    public static CountLimits Byar(double count, double confidence)
    {
        RequireValidCount(count);
        var z = ConfidenceLevel.NormalQuantile(confidence);
        var lower = count == 0 ? 0 : count * Math.Pow(1 - (1 / (9 * count)) - (z / (3 * Math.Sqrt(count))), 3);
        var next = count + 1;
        var upper = next * Math.Pow(1 - (1 / (9 * next)) + (z / (3 * Math.Sqrt(next))), 3);
        return new CountLimits(Math.Max(0, lower), upper);
    }

    /// <summary>
    /// Exact Poisson limits (Garwood 1936, <i>Biometrika</i> 28:437) from chi-squared quantiles, as
    /// PHEindicatormethods <c>phe_rate</c> for small counts: lower = χ²(α/2; 2O)/2, upper = χ²(1 − α/2; 2O + 2)/2.
    /// </summary>
    /// <param name="count">The observed count O; zero or more, not necessarily whole.</param>
    /// <param name="confidence">The two-sided confidence level as a fraction, e.g. 0.95 or 0.998.</param>
    /// <remarks>
    /// For a count of 0 the lower limit is 0 (χ² with 0 degrees of freedom is a point mass at 0) and the upper
    /// limit is −ln(α/2): 3.689 at 95%, 6.908 at 99.8%. These limits guarantee at least the stated coverage, so
    /// they are slightly conservative.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The count is negative or not finite, or the confidence is not strictly between 0 and 1.
    /// </exception>
    public static CountLimits Exact(double count, double confidence)
    {
        RequireValidCount(count);
        var tail = ConfidenceLevel.TailProbability(confidence);
        var lower = count == 0 ? 0 : ChiSquared.InvCDF(2 * count, tail) / 2;
        var upper = ChiSquared.InvCDF((2 * count) + 2, 1 - tail) / 2;
        return new CountLimits(lower, upper);
    }

    /// <summary>
    /// The limits OHID Fingertips publishes for crude rates (PHEindicatormethods <c>phe_rate</c>; Fingertips
    /// technical guidance, "Confidence intervals"): <see cref="Exact"/> for counts below 10, <see cref="Byar"/>
    /// from 10 upward.
    /// </summary>
    /// <param name="count">The observed count; zero or more.</param>
    /// <param name="confidence">The two-sided confidence level as a fraction, e.g. 0.95 or 0.998.</param>
    /// <param name="method"><see cref="ExactMethod"/> or <see cref="ByarMethod"/>, for the output's provenance.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The count is negative or not finite, or the confidence is not strictly between 0 and 1.
    /// </exception>
    public static CountLimits ForRate(double count, double confidence, out string method)
    {
        method = count < ByarFromCount ? ExactMethod : ByarMethod;
        return method == ByarMethod ? Byar(count, confidence) : Exact(count, confidence);
    }

    /// <summary>The one check every statistic of a count makes: counts of events cannot be negative, NaN or infinite.</summary>
    internal static void RequireValidCount(double count)
    {
        if (!double.IsFinite(count) || count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count of events must be zero or more and finite.");
        }
    }
}
