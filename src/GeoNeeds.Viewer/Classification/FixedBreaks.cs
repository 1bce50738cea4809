namespace GeoNeeds.Viewer.Classification;

/// <summary>Classes at bounds the analyst chose (e.g. to match last year's report or a national threshold).</summary>
public static class FixedBreaks
{
    /// <summary>
    /// Classes ≤ b₁, (b₁, b₂], …, &gt; bₙ for the user's bounds b₁ &lt; … &lt; bₙ, with the lowest and highest values
    /// as the outer bounds, so n bounds give n + 1 classes.
    /// </summary>
    /// <remarks>
    /// Every class is kept even when no value falls in it, so maps of several periods drawn with the same bounds
    /// share one legend. Values beyond a bound at either end stretch the outer classes.
    /// </remarks>
    /// <exception cref="ArgumentException">No bounds, bounds not strictly ascending or not finite, or no values.</exception>
    public static ClassBreaks Of(IEnumerable<double> values, IReadOnlyList<double> bounds)
    {
        if (bounds.Count == 0 || bounds.Any(b => !double.IsFinite(b)) || bounds.Zip(bounds.Skip(1)).Any(p => p.Second <= p.First))
        {
            throw new ArgumentException("Fixed class bounds must be one or more finite numbers in strictly ascending order, e.g. fixed:5,10,20.", nameof(bounds));
        }

        var sorted = ClassBreaks.Sorted(values, bounds.Count + 1);
        var lowest = Math.Min(sorted[0], bounds[0]);
        var highest = Math.Max(sorted[^1], bounds[^1]);
        return new ClassBreaks([lowest, .. bounds, highest], "fixed");
    }
}
