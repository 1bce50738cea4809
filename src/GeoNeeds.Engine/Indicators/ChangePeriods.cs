namespace GeoNeeds.Engine.Indicators;

/// <summary>The two periods a change is measured between, each a closed range of months (<c>yyyy-MM</c>).</summary>
public sealed record ChangePeriods(string FirstBefore, string LastBefore, string FirstAfter, string LastAfter)
{
    /// <summary>Whether <paramref name="month"/> falls in the earlier period.</summary>
    public bool IsBefore(string month) => MonthSpan.Contains(FirstBefore, LastBefore, month);

    /// <summary>Whether <paramref name="month"/> falls in the later period.</summary>
    public bool IsAfter(string month) => MonthSpan.Contains(FirstAfter, LastAfter, month);

    /// <summary>How many months the earlier period spans.</summary>
    public int MonthsBefore => MonthSpan.Count(FirstBefore, LastBefore);

    /// <summary>How many months the later period spans.</summary>
    public int MonthsAfter => MonthSpan.Count(FirstAfter, LastAfter);

    /// <summary>
    /// The earlier and later halves of <paramref name="months"/> (sorted; the middle month of an odd number is
    /// left out), for a study that names no periods; null with fewer than two months.
    /// </summary>
    public static ChangePeriods? Halves(IEnumerable<string> months)
    {
        var sorted = months.Where(m => m.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        var half = sorted.Count / 2;
        return half == 0 ? null : new ChangePeriods(sorted[0], sorted[half - 1], sorted[^half], sorted[^1]);
    }
}
