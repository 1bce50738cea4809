using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// Each area's rate against its parent area's (LSOA against ward, ward against authority), Fingertips style:
/// better / similar / worse by whether the parent's rate lies outside the area's 95% interval
/// (<see cref="BenchmarkComparison"/>; higher rates are worse): <c>&lt;level&gt;_benchmark.csv</c>.
/// </summary>
/// <remarks>Suppressed areas are not compared, as Fingertips shows them.</remarks>
internal static class BenchmarkNeeds
{
    private static readonly string[] Header =
        ["indicator", "area_code", "area_name", "rate", "lower_95", "upper_95", "parent_code", "parent_name", "parent_rate", "comparison"];

    public static IEnumerable<NeedsTable> Tables(NeedsContext context)
    {
        for (var l = 0; l < context.Levels.Count - 1; l++)
        {
            var level = context.Levels[l];
            var parentLevel = context.Levels[l + 1];
            var parents = context.TableOf(parentLevel);
            var rows = new List<IReadOnlyList<object?>>();
            var parentCodes = ParentCodes(context, level, parentLevel);
            foreach (var area in context.TableOf(level).Rows)
            {
                var parent = parentCodes.GetValueOrDefault(area.Code) is { } code ? parents.Find(code) : null;
                foreach (var (value, i) in area.Indicators.Select((v, i) => (v, i)))
                {
                    var input = context.Study.Indicators[i].Input;
                    var parentHidden = parent is not null && context.IsSuppressed(Publish.Disclosure.CountCellKey.Whole(input, parentLevel.Name, parent.Code));
                    var parentRate = parentHidden ? null : parent?.Indicators[i].Rate.Value;
                    var hidden = context.IsSuppressed(Publish.Disclosure.CountCellKey.Whole(input, level.Name, area.Code));
                    var outcome = hidden ? BenchmarkOutcome.NotCompared : BenchmarkComparison.Compare(value.Rate.Lower95, value.Rate.Upper95, parentRate, Polarity.HigherIsWorse);
                    rows.Add([value.Indicator, area.Code, area.Name, hidden ? null : value.Rate.Value, hidden ? null : value.Rate.Lower95, hidden ? null : value.Rate.Upper95,
                        parent?.Code, parent?.Name, parentRate, Text(outcome)]);
                }
            }

            yield return new NeedsTable($"{level.Name}_benchmark.csv", Header, rows);
        }
    }

    // An area's parent is the parent-level area its first area counted in (in code order) rolls up to; one pass
    // over them serves every area of the level.
    private static Dictionary<string, string?> ParentCodes(NeedsContext context, Studies.StudyLevel level, Studies.StudyLevel parentLevel)
    {
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var counted in context.Cells.Codes)
        {
            if (level.CodeFor(counted) is { } code)
            {
                parents.TryAdd(code, parentLevel.CodeFor(counted));
            }
        }

        return parents;
    }

    public static string Text(BenchmarkOutcome outcome) => outcome switch
    {
        BenchmarkOutcome.NotCompared => "not compared",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
