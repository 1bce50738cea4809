using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish.Disclosure;
using GeoNeeds.Engine.Stats;

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
            var counts = recorded is null ? null : context.Counts(recorded, level);
            var rows = ExpectedPrevalence.ForAreas(context.AgeSexIn(level), survey)
                .OrderBy(e => e.AreaCode, StringComparer.Ordinal)
                .Select(e => Row(context, file, e, names.GetValueOrDefault(e.AreaCode, ""), recorded is null ? null : (level, recorded.Definition.Name, counts!)))
                .ToList();
            string[] header = ["area_code", "area_name", "population_in_range", "expected_men", "expected_women", "expected_all"];
            yield return new NeedsTable(file, recorded is null ? header : [.. header, "recorded", "recorded_per_expected"], rows);
        }
    }

    private static IReadOnlyList<object?> Row(NeedsContext context, string file, ExpectedVictims expected, string name,
        (StudyLevel Level, string Input, IReadOnlyDictionary<string, long> Counts)? recorded)
    {
        object?[] row = [expected.AreaCode, name, expected.PopulationInRange, expected.Men, expected.Women, expected.All];
        if (recorded is not { } source)
        {
            return row;
        }

        var count = source.Counts.GetValueOrDefault(expected.AreaCode);
        var key = CountCellKey.Whole(source.Input, source.Level.Name, expected.AreaCode);
        var ratio = context.IsSuppressed(key) || expected.All <= 0 ? (double?)null : count / expected.All;
        return [.. row, context.Published(file, key, count), ratio];
    }
}
