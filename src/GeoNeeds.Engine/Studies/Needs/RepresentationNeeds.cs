using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Publish.Disclosure;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// Referrals' shares by field value against the population's shares, with the ratio of the two, the rate per 100,000
/// of the group and any expected share: <c>&lt;level&gt;_representation.csv</c>, one row per field × value × area
/// and a <c>TOTAL</c> row per field × value over the whole study area.
/// </summary>
/// <remarks>
/// Counts are the profile counts (<see cref="ProfileNeeds"/>) and are withheld by the run's disclosure control; the
/// referrals a share is of (<c>compared</c>) are a count of their own, protected with them. A share, ratio, rate or
/// comparison is shown only when its count and the compared referrals are both shown.
/// </remarks>
internal static class RepresentationNeeds
{
    private const double Per100000 = 100_000;

    /// <exception cref="Io.InputDataException">An open population age band cannot be split at the compared ages.</exception>
    public static NeedsTable Table(NeedsContext context, RepresentationNeed need)
    {
        var level = context.Level(need.Level);
        var areas = context.TableOf(level).Rows.Select(r => (r.Code, r.Name)).ToList();
        var input = context.Input(need.Input);
        var file = $"{level.Name}_representation.csv";
        var ages = need.Ages is { } text ? AgeBand.Parse(text) : null;
        var population = need.Fields.Count == 0 ? null : context.AgeSexIn(level).ToLookup(c => c.AreaCode, StringComparer.Ordinal);
        var populationFile = context.Study.Population?.Path ?? "";
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var field in need.AllFields)
        {
            var kind = need.Fields.FirstOrDefault(f => string.Equals(f.Key, field, StringComparison.OrdinalIgnoreCase)).Value;
            var (values, counts) = ProfileNeeds.Tabulate(input.FieldCounts![field], level, areas);
            var places = areas.Select((a, i) => (a.Code, a.Name, Counts: Enumerable.Range(0, values.Count).Select(v => counts[i, v]).ToArray(),
                People: population?[a.Code])).ToList();
            places.Add((CountCellKey.TotalArea, "", [.. Enumerable.Range(0, values.Count).Select(v => places.Sum(p => p.Counts[v]))],
                population?.SelectMany(g => g)));
            foreach (var place in places)
            {
                var area = new AreaCounts(place.Code, place.Name, place.Counts, place.People);
                rows.AddRange(AreaRows(context, (file, input.Definition.Name, level.Name, populationFile), (field, kind), values, area, ages, need));
            }
        }

        return new NeedsTable(file, RepresentationLayout.Columns, rows);
    }

    private sealed record AreaCounts(string Code, string Name, long[] Counts, IEnumerable<PopulationCount>? People);

    private static IEnumerable<IReadOnlyList<object?>> AreaRows(NeedsContext context, (string File, string Input, string Level, string PopulationFile) table,
        (string Name, string? Kind) field, IReadOnlyList<string> values, AreaCounts area, AgeBand? ages, RepresentationNeed need)
    {
        var counted = values.Select(v => RepresentationGroups.Counts(field.Kind, v)).ToArray();
        var compared = Enumerable.Range(0, values.Count).Where(v => counted[v]).Sum(v => area.Counts[v]);
        var comparedKey = CountCellKey.Compared(table.Input, table.Level, area.Code, field.Name);
        var comparedHidden = context.Withholds(table.File, comparedKey);
        var people = field.Kind is null || area.People is null ? (double?)null : RepresentationGroups.Population(area.People, ages, table.PopulationFile);
        for (var v = 0; v < values.Count; v++)
        {
            var key = CountCellKey.Profile(table.Input, table.Level, area.Code, field.Name, values[v]);
            var count = area.Counts[v];
            var hidden = context.Withholds(table.File, key);
            var value = values[v].Length == 0 ? ProfileNeeds.NotRecorded : values[v];
            if (!counted[v] || compared == 0)
            {
                yield return RepresentationLayout.Row(new RepresentationRow(field.Name, value, area.Code, area.Name, PublishedCount.Cell(count, hidden),
                    counted[v] ? PublishedCount.Cell(compared, comparedHidden) : null, null, null, null, null, null, false));
                continue;
            }

            var group = people is null ? (double?)null : RepresentationGroups.Population(area.People!, field.Kind!, values[v], ages, table.PopulationFile);
            var expected = need.Expected.FirstOrDefault(e => string.Equals(e.Field, field.Name, StringComparison.OrdinalIgnoreCase) && string.Equals(e.Value, values[v], StringComparison.OrdinalIgnoreCase));
            yield return RepresentationLayout.Row(new RepresentationRow(
                field.Name, value, area.Code, area.Name, PublishedCount.Cell(count, hidden), PublishedCount.Cell(compared, comparedHidden), group,
                WilsonScore.Calculate(count, compared, CrudeRate.Confidence95),
                people > 0 && group <= people ? RepresentationRatio.Calculate(count, compared, group.Value, people.Value, CrudeRate.Confidence95) : null,
                group is null ? null : CrudeRate.Calculate(count, group, Per100000),
                expected is null ? null : ExpectedShareComparison.Compare(count, compared, ParsedShare(expected), CrudeRate.Confidence95),
                hidden || comparedHidden));
        }
    }

    private static ExpectedShare ParsedShare(ExpectedShareNeed expected) =>
        ExpectedShare.TryParse(expected.Share, out var share) ? share : throw new InvalidOperationException("needs.representation.expected was validated");
}
