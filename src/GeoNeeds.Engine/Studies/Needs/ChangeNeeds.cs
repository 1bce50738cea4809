using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// Each indicator's count in two periods per area, the change, the later period's rate and the quadrant of
/// "rate against change" that needs assessments print for wards (<see cref="StudyChange"/>):
/// <c>&lt;level&gt;_change.csv</c>, <see cref="ChangeLayout"/> after an <c>indicator</c> column.
/// </summary>
/// <remarks>
/// When either count is suppressed both are, with the change: one count and the change would give the other.
/// </remarks>
internal static class ChangeNeeds
{
    public static IEnumerable<NeedsTable> Tables(NeedsContext context, ChangeNeed need)
    {
        var periods = need.ToPeriods();
        foreach (var level in context.Levels)
        {
            var table = context.TableOf(level);
            var rows = new List<IReadOnlyList<object?>>();
            foreach (var (indicator, i) in context.Study.Indicators.Select((d, i) => (d, i)))
            {
                var assessment = StudyChange.Assess(level, table, context.Input(indicator.Input), i, indicator.Per, periods);
                foreach (var result in assessment.Areas)
                {
                    var afterHidden = context.IsSuppressed((long)result.Area.CountAfter);
                    var countsHidden = afterHidden || context.IsSuppressed((long)result.Area.CountBefore);
                    rows.Add([indicator.Name, .. ChangeLayout.Row(result, countsHidden, afterHidden)]);
                }
            }

            yield return new NeedsTable($"{level.Name}_change.csv", ["indicator", .. ChangeLayout.Columns], rows);
        }
    }
}
