namespace GeoNeeds.Engine.Stats;

/// <summary>
/// Averages of an area-level measure (e.g. an IMD score) over the smaller areas that make up a larger one.
/// </summary>
public static class AreaMean
{
    /// <summary>The arithmetic mean of <paramref name="values"/>, each small area counting once.</summary>
    /// <remarks>Null when there are no values, so an area with no data shows as missing rather than 0.</remarks>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static double? Simple(IEnumerable<double> values) => Weighted(values.Select(v => (v, 1.0)));

    /// <summary>
    /// The weighted mean Σ(value × weight) ÷ Σweight, e.g. the population-weighted average of LSOA scores that
    /// MHCLG publishes as the "average score" of a local authority (English Indices of Deprivation 2019,
    /// Research Report, local authority summary measures).
    /// </summary>
    /// <remarks>
    /// Null when there are no items or the total weight is 0 (every small area unpopulated), so the caller
    /// reports the area as missing instead of dividing by zero.
    /// </remarks>
    /// <exception cref="ArgumentException">A value or weight is NaN or infinite, or a weight is negative.</exception>
    public static double? Weighted(IEnumerable<(double Value, double Weight)> items)
    {
        double weightedSum = 0, totalWeight = 0;
        foreach (var (value, weight) in items)
        {
            if (!double.IsFinite(value) || !double.IsFinite(weight) || weight < 0)
            {
                var problem = FormattableString.Invariant($"got value {value} with weight {weight}");
                throw new ArgumentException($"Values and weights must be finite and weights zero or more; {problem}.", nameof(items));
            }

            weightedSum += value * weight;
            totalWeight += weight;
        }

        return totalWeight > 0 ? weightedSum / totalWeight : null;
    }
}
