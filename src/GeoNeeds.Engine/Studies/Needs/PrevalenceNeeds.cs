using GeoNeeds.Engine.Indicators;
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
            var names = level.Areas.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
            var counts = recorded is null ? null : context.Counts(recorded, level);
            var rows = ExpectedPrevalence.ForAreas(context.AgeSexIn(level), survey)
                .OrderBy(e => e.AreaCode, StringComparer.Ordinal)
                .Select(e => Row(context, e, names.GetValueOrDefault(e.AreaCode, ""), counts))
                .ToList();
            string[] header = ["area_code", "area_name", "population_in_range", "expected_men", "expected_women", "expected_all"];
            yield return new NeedsTable($"{level.Name}_prevalence.csv", recorded is null ? header : [.. header, "recorded", "recorded_per_expected"], rows);
        }
    }

    private static IReadOnlyList<object?> Row(NeedsContext context, ExpectedVictims expected, string name, IReadOnlyDictionary<string, long>? recorded)
    {
        object?[] row = [expected.AreaCode, name, expected.PopulationInRange, expected.Men, expected.Women, expected.All];
        if (recorded is null)
        {
            return row;
        }

        var count = recorded.GetValueOrDefault(expected.AreaCode);
        var ratio = context.IsSuppressed(count) || expected.All <= 0 ? (double?)null : count / expected.All;
        return [.. row, context.Published(count), ratio];
    }
}
