namespace GeoNeeds.Engine.Stats;

/// <summary>Confidence limits for a proportion by the Wilson score method.</summary>
public static class WilsonScore
{
    /// <summary>
    /// The Wilson score interval without continuity correction (Wilson 1927, <i>JASA</i> 22:209; method 3 of
    /// Newcombe 1998, <i>Statistics in Medicine</i> 17:857), as PHEindicatormethods <c>phe_proportion</c> and OHID
    /// Fingertips publish for percentages: (2x + z² ∓ z√(z² + 4x(1 − x/n))) ÷ 2(n + z²).
    /// </summary>
    /// <param name="count">The number with the characteristic, between 0 and <paramref name="total"/>.</param>
    /// <param name="total">The number it is a share of; above zero.</param>
    /// <param name="confidence">The confidence level, e.g. <see cref="CrudeRate.Confidence95"/>.</param>
    /// <remarks>
    /// Unlike the normal approximation, the limits stay within 0 and 1 and are sensible for counts of 0 or of the
    /// whole total, which small service tables often have. Counts need not be whole (weighted counts).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The count is negative, not finite or above the total; the total is not positive and finite; or the
    /// confidence is not strictly between 0 and 1.
    /// </exception>
    public static ProportionLimits Calculate(double count, double total, double confidence)
    {
        if (!double.IsFinite(total) || total <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(total), total, "The total of a proportion must be positive and finite.");
        }

        if (!double.IsFinite(count) || count < 0 || count > total)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The count of a proportion must be between 0 and its total.");
        }

        var z = ConfidenceLevel.NormalQuantile(confidence);
        var squared = z * z;
        var spread = z * Math.Sqrt(squared + (4 * count * (1 - (count / total))));
        var denominator = 2 * (total + squared);
        var lower = ((2 * count) + squared - spread) / denominator;
        var upper = ((2 * count) + squared + spread) / denominator;
        // At 0 and at the whole total the limit is exactly 0 or 1; rounding would otherwise leave 1e-17 off it.
        return new ProportionLimits(
            count / total,
            count == 0 ? 0 : Math.Max(0, lower),
            count == total ? 1 : Math.Min(1, upper));
    }
}
