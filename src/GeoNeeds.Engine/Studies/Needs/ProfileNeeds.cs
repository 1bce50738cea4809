using GeoNeeds.Engine.Join;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// Referral records cross-tabulated by area and by each profiled field (age band, sex, risk level, …), with each
/// value's share of the area's referrals: <c>&lt;level&gt;_profiles.csv</c>, one row per field × value × area and a
/// <c>TOTAL</c> row per field × value over the whole study area.
/// </summary>
/// <remarks>
/// Counts are withheld by the run's disclosure control (<see cref="StudyDisclosure"/>), which protects them against
/// the area's total, the value's total and every other published table; a percentage is shown only when its count
/// and the area's referral count are both shown, since either with the percentage gives the other. Referrals without a value for the field are counted under <c>not recorded</c>. A field that no
/// referral carries is reported as a warning (it is usually a misspelt column).
/// </remarks>
internal static class ProfileNeeds
{
    public const string NotRecorded = "not recorded";

    public const string TotalArea = CountCellKey.TotalArea;

    private static readonly string[] Header = ["field", "value", "area_code", "area_name", "count", "percent_of_area"];

    public static NeedsTable Table(NeedsContext context, ProfilesNeed need)
    {
        var level = context.Level(need.Level);
        var areas = context.TableOf(level).Rows.Select(r => (r.Code, r.Name)).ToList();
        var input = context.Input(need.Input);
        var file = $"{level.Name}_profiles.csv";
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var field in need.Fields.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var counts = input.FieldCounts![field];
            if (counts.Total > 0 && counts.Cells.All(c => c.Category.Length == 0))
            {
                context.Warnings.Add($"needs.profiles.fields: no referral of '{need.Input}' has a value for '{field}'; is it a column of its files?");
            }

            rows.AddRange(FieldRows(context, (file, need.Input, level.Name), field, Tabulate(counts, level, areas), areas));
        }

        return new NeedsTable(file, Header, rows);
    }

    /// <summary>The field's values (ordinal order) and their counts by area × value.</summary>
    internal static (IReadOnlyList<string> Values, long[,] Counts) Tabulate(EventCounts counts, StudyLevel level, IReadOnlyList<(string Code, string Name)> areas)
    {
        var values = counts.Cells.Select(c => c.Category).Distinct().Order(StringComparer.Ordinal).ToList();
        var areaIndex = areas.Select((a, i) => (a.Code, i)).ToDictionary(a => a.Code, a => a.i, StringComparer.Ordinal);
        var valueIndex = values.Select((v, i) => (v, i)).ToDictionary(v => v.v, v => v.i, StringComparer.Ordinal);
        var table = new long[areas.Count, values.Count];
        foreach (var cell in counts.Cells)
        {
            if (level.CodeFor(cell.Area) is { } area && areaIndex.TryGetValue(area, out var row))
            {
                table[row, valueIndex[cell.Category]] += cell.Count;
            }
        }

        return (values, table);
    }

    private static IEnumerable<IReadOnlyList<object?>> FieldRows(NeedsContext context, (string File, string Input, string Level) table, string field,
        (IReadOnlyList<string> Values, long[,] Counts) tabulated, IReadOnlyList<(string Code, string Name)> areas)
    {
        var (file, input, level) = table;
        var (values, counts) = tabulated;
        var areaShown = areas.Select(a => !context.IsSuppressed(CountCellKey.Whole(input, level, a.Code))).ToArray();
        var areaTotals = Enumerable.Range(0, areas.Count).Select(a => Enumerable.Range(0, values.Count).Sum(v => counts[a, v])).ToArray();
        var grandTotal = areaTotals.Sum();
        for (var v = 0; v < values.Count; v++)
        {
            var value = values[v].Length == 0 ? NotRecorded : values[v];
            for (var a = 0; a < areas.Count; a++)
            {
                var key = CountCellKey.Profile(input, level, areas[a].Code, field, values[v]);
                var shown = !context.IsSuppressed(key) && areaShown[a];
                yield return [field, value, areas[a].Code, areas[a].Name, context.Published(file, key, counts[a, v]), shown ? Percent(counts[a, v], areaTotals[a]) : null];
            }

            var valueTotal = Enumerable.Range(0, areas.Count).Sum(a => counts[a, v]);
            var totalKey = CountCellKey.Profile(input, level, CountCellKey.TotalArea, field, values[v]);
            yield return [field, value, TotalArea, "", context.Published(file, totalKey, valueTotal), context.IsSuppressed(totalKey) ? null : Percent(valueTotal, grandTotal)];
        }
    }

    private static double? Percent(long count, long total) => total == 0 ? null : 100.0 * count / total;
}
