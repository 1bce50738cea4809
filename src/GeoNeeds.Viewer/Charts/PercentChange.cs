namespace GeoNeeds.Viewer.Charts;

/// <summary>Change between two periods of equal length, for the rate-versus-change quadrant.</summary>
public static class PercentChange
{
    /// <summary>
    /// (later − earlier) ÷ earlier × 100: the percentage change in a count, which equals the change in its rate
    /// while the population is the same in both periods (as with one mid-year estimate for the whole study).
    /// </summary>
    /// <remarks>Null when the earlier count is 0 (no base to change from).</remarks>
    public static double? Between(double earlier, double later) => earlier > 0 ? (later - earlier) / earlier * 100 : null;

    /// <summary>
    /// Splits sorted months into an earlier and a later half (the middle month of an odd number is left out)
    /// and sums each: the two periods a change is measured between.
    /// </summary>
    public static (double Earlier, double Later) Halves(IReadOnlyList<string> months, Func<string, double> countIn)
    {
        var sorted = months.Distinct().Order(StringComparer.Ordinal).ToList();
        var half = sorted.Count / 2;
        return (sorted.Take(half).Sum(countIn), sorted.Skip(sorted.Count - half).Sum(countIn));
    }
}
