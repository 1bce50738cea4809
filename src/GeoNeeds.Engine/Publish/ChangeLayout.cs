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
    /// One area's cells. With <paramref name="countsHidden"/> both counts show the suppressed mark and the change
    /// is left empty (one count and the change would give the other); with <paramref name="rateHidden"/> the rate too.
    /// </summary>
    public static IReadOnlyList<object?> Row(ChangeResult result, bool countsHidden = false, bool rateHidden = false)
    {
        var area = result.Area;
        return [area.AreaCode, area.AreaName, PublishedCount.Cell(area.CountBefore, countsHidden), PublishedCount.Cell(area.CountAfter, countsHidden), area.Population,
            countsHidden ? null : result.Change, countsHidden ? null : result.ChangePercent, rateHidden ? null : result.RateAfter.Value, result.Quadrant];
    }
}
