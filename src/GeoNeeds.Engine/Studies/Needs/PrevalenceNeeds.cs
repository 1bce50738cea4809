using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// Expected victims of domestic abuse per area from survey prevalence by age and sex (e.g. CSEW 2021), set against
/// recorded counts when the study names an input: <c>&lt;level&gt;_prevalence.csv</c>.
/// </summary>
internal static class PrevalenceNeeds
{
    public static IEnumerable<NeedsTable> Tables(NeedsContext context, PrevalenceNeed need)
    {
        var survey = SurveyTable.Load(need.Survey);
        var recorded = need.Recorded is null ? null : context.Input(need.Recorded);
        foreach (var level in context.Levels)
        {
            var file = $"{level.Name}_prevalence.csv";
            var names = level.Areas.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
            var counts = recorded is null ? null : LevelCounts.Of(recorded, level);
            var ageSex = context.AgeSexIn(level);
            var recordedByArea = counts is null ? null : ageSex.Select(c => c.AreaCode).Distinct().ToDictionary(code => code, code => (double)counts.GetValueOrDefault(code), StringComparer.Ordinal);
            var rows = PrevalenceMeasure.Assess(ageSex, survey, names, recordedByArea)
                .OrderBy(r => r.Expected.AreaCode, StringComparer.Ordinal)
                .Select(r => PrevalenceLayout.Row(r, recorded is not null, recorded is not null && context.Withholds(file, CountCellKey.Whole(recorded.Definition.Name, level.Name, r.Expected.AreaCode))))
                .ToList();
            yield return new NeedsTable(file, PrevalenceLayout.Columns(recorded is not null), rows);
        }
    }
}
