using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// Each indicator's count in two periods per area, the change, the later period's rate and the quadrant of
/// "rate against change" that needs assessments print for wards (<see cref="StudyChange"/>):
/// <c>&lt;level&gt;_change.csv</c>, <see cref="ChangeLayout"/> after an <c>indicator</c> column.
/// </summary>
/// <remarks>
/// A withheld count is <c>*</c>; the change, its percentage and the quadrant are shown only when both counts are, and
/// the later rate only when the later count is.
/// </remarks>
internal static class ChangeNeeds
{
    public static IEnumerable<NeedsTable> Tables(NeedsContext context)
    {
        foreach (var level in context.Levels)
        {
            var file = $"{level.Name}_change.csv";
            var rows = new List<IReadOnlyList<object?>>();
            foreach (var (indicator, i) in context.Study.Indicators.Select((d, i) => (d, i)))
            {
                var assessment = context.Measures.Change[(level.Name, i)];
                foreach (var result in assessment.Areas)
                {
                    var code = result.Area.AreaCode;
                    var beforeHidden = context.Withholds(file, CountCellKey.Period(indicator.Input, level.Name, code, CountCellKey.Before));
                    var afterHidden = context.Withholds(file, CountCellKey.Period(indicator.Input, level.Name, code, CountCellKey.After));
                    rows.Add([indicator.Name, .. ChangeLayout.Row(result, beforeHidden, afterHidden)]);
                }
            }

            yield return new NeedsTable(file, ["indicator", .. ChangeLayout.Columns], rows);
        }
    }
}
