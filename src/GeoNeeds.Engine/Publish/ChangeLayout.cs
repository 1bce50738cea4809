using GeoNeeds.Engine.Indicators;

namespace GeoNeeds.Engine.Publish;

/// <summary>
/// The row layout of a change result, the same in the <c>change</c> verb's output and the study's
/// <c>&lt;level&gt;_change.csv</c> (which puts <c>indicator</c> first, as it holds every indicator).
/// </summary>
public static class ChangeLayout
{
    /// <summary>The columns of one area's change.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["area_code", "area_name", "count_before", "count_after", "population", "change", "change_pct", "rate_after", "quadrant"];

    /// <summary>
    /// One area's cells. A withheld count (<paramref name="beforeHidden"/>, <paramref name="afterHidden"/>) shows the
    /// suppressed mark; the change, its percentage and the quadrant are shown only when both counts are (one count
    /// and the change would give the other), and the later rate only when the later count is.
    /// </summary>
    public static IReadOnlyList<object?> Row(ChangeResult result, bool beforeHidden = false, bool afterHidden = false)
    {
        var area = result.Area;
        var eitherHidden = beforeHidden || afterHidden;
        return [area.AreaCode, area.AreaName, PublishedCount.Cell(area.CountBefore, beforeHidden), PublishedCount.Cell(area.CountAfter, afterHidden), area.Population,
            eitherHidden ? null : result.Change, eitherHidden ? null : result.ChangePercent, afterHidden ? null : result.RateAfter.Value, eitherHidden ? "" : result.Quadrant];
    }
}
