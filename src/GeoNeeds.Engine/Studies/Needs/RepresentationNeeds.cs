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
        var ageSex = context.AgeSex is null ? null : context.AgeSexIn(level).ToLookup(c => c.AreaCode, StringComparer.Ordinal);
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var field in need.AllFields)
        {
            var basis = FieldBasis.Of(need, field, context.GroupPopulations);
            var people = PeopleOf(context, level, basis, ageSex, ages);
            var (values, counts) = ProfileNeeds.Tabulate(input.FieldCounts![field], level, areas);
            var places = areas.Select(a => (a.Code, a.Name, Counts: Enumerable.Range(0, values.Count).Select(v => counts[areas.IndexOf(a), v]).ToArray())).ToList();
            places.Add((CountCellKey.TotalArea, "", [.. Enumerable.Range(0, values.Count).Select(v => places.Sum(p => p.Counts[v]))]));
            foreach (var place in places)
            {
                var area = new AreaCounts(place.Code, place.Name, place.Counts, people?.Invoke(place.Code));
                rows.AddRange(AreaRows(context, (file, input.Definition.Name, level.Name), (field, basis), values, area, need));
            }
        }

        return new NeedsTable(file, RepresentationLayout.Columns, rows);
    }

    /// <summary>An area's people: all those the field's shares are of, and those of one value's group.</summary>
    private sealed record AreaPeople(double All, Func<string, double> Group);

    private sealed record AreaCounts(string Code, string Name, long[] Counts, AreaPeople? People);

    /// <summary>
    /// Each area's people for <paramref name="basis"/>, the study area's under <see cref="CountCellKey.TotalArea"/>:
    /// from the field's population table (every age in it), or from the age-sex population within
    /// <paramref name="ages"/>; null for a field with only an expected share.
    /// </summary>
    private static Func<string, AreaPeople>? PeopleOf(NeedsContext context, StudyLevel level, FieldBasis basis, ILookup<string, PopulationCount>? ageSex, AgeBand? ages)
    {
        if (basis.Table is { } table)
        {
            var byArea = table.Select(g => (Area: level.CodeFor(g.AreaCode), g)).Where(g => g.Area is not null).ToLookup(g => g.Area!, g => g.g, StringComparer.Ordinal);
            var file = StudyFile.Resolve(context.Study, basis.Kind!);
            return code =>
            {
                var rows = code == CountCellKey.TotalArea ? byArea.SelectMany(g => g).ToList() : [.. byArea[code]];
                return new AreaPeople(rows.Sum(g => g.Population), value => rows.Where(g => string.Equals(g.Group, value.Trim(), StringComparison.OrdinalIgnoreCase)).Sum(g => g.Population));
            };
        }

        if (basis.Kind is not { } kind || ageSex is null)
        {
            return null;
        }

        var populationFile = context.Study.Population?.Path ?? "";
        return code =>
        {
            var counts = code == CountCellKey.TotalArea ? ageSex.SelectMany(g => g).ToList() : [.. ageSex[code]];
            return new AreaPeople(RepresentationGroups.Population(counts, ages, populationFile), value => RepresentationGroups.Population(counts, kind, value, ages, populationFile));
        };
    }

    private static IEnumerable<IReadOnlyList<object?>> AreaRows(NeedsContext context, (string File, string Input, string Level) table,
        (string Name, FieldBasis Basis) field, IReadOnlyList<string> values, AreaCounts area, RepresentationNeed need)
    {
        var counted = values.Select(field.Basis.Counts).ToArray();
        var compared = Enumerable.Range(0, values.Count).Where(v => counted[v]).Sum(v => area.Counts[v]);
        var comparedKey = CountCellKey.Compared(table.Input, table.Level, area.Code, field.Name);
        var comparedHidden = context.Withholds(table.File, comparedKey);
        var people = area.People?.All;
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

            var group = area.People?.Group(values[v]);
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
