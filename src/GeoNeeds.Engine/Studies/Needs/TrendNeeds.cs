using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// Each indicator's count, denominator and rate with 95% limits per period and in the baseline, per area and for the
/// whole study area (<see cref="StudyTrend"/>): <c>&lt;level&gt;_trend.csv</c>, <see cref="TrendLayout"/> after an
/// <c>indicator</c> column, the study area's rows (<c>TOTAL</c>) first.
/// </summary>
internal static class TrendNeeds
{
    public static IEnumerable<NeedsTable> Tables(NeedsContext context)
    {
        foreach (var level in context.Levels)
        {
            var file = $"{level.Name}_trend.csv";
            var rows = new List<IReadOnlyList<object?>>();
            foreach (var (indicator, i) in context.Study.Indicators.Select((d, i) => (d, i)))
            {
                if (!context.Measures.Trend.TryGetValue((level.Name, i), out var trend))
                {
                    continue;
                }

                foreach (var area in trend.Areas.Prepend(trend.Total))
                {
                    var (levelName, code) = area == trend.Total ? ("", CountCellKey.TotalArea) : (level.Name, area.AreaCode);
                    bool Hidden(string period) => context.Withholds(file, CountCellKey.Period(indicator.Input, levelName, code, period));
                    var baselineHidden = area.Baseline is not null && Hidden(TrendMeasure.BaselineName);
                    foreach (var value in area.Periods)
                    {
                        rows.Add([indicator.Name, .. TrendLayout.Row(area, value, Hidden(value.Period.Name), baselineHidden)]);
                    }

                    if (area.Baseline is { } baseline)
                    {
                        rows.Add([indicator.Name, .. TrendLayout.Row(area, baseline, baselineHidden, baselineHidden)]);
                    }
                }
            }

            if (rows.Count > 0)
            {
                yield return new NeedsTable(file, ["indicator", .. TrendLayout.Columns], rows);
            }
        }
    }
}
