using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.Population;
using GeoNeeds.Engine.Publish.Disclosure;
using GeoNeeds.Engine.Studies.Needs;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// The representation table's own counts for the run's disclosure control: per field and area, the referrals its
/// shares are of (<c>compared</c>), which are the sum of the values that count in the shares and, with the values
/// that do not, make up the area's referrals.
/// </summary>
internal static class StudyRepresentationCounts
{
    public static void Add(PublishedCounts counts, string source, StudyLevel level, LevelTable table, InputResult input, RepresentationNeed need,
        IReadOnlyDictionary<string, IReadOnlyList<GroupPopulation>> groupPopulations)
    {
        foreach (var field in need.AllFields)
        {
            var basis = FieldBasis.Of(need, field, groupPopulations);
            var byArea = input.FieldCounts![field].RolledUp(level.CodeFor, out _).Cells
                .GroupBy(c => (c.Area, c.Category))
                .ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
            var values = byArea.Keys.Select(k => k.Category).Distinct().Order(StringComparer.Ordinal).ToList();
            var areaKeys = new List<CountCellKey>();
            foreach (var row in table.Rows)
            {
                var present = values.Where(v => byArea.GetValueOrDefault((row.Code, v)) > 0).ToList();
                areaKeys.Add(AddCompared(counts, CountCellKey.Compared(source, level.Name, row.Code, field), basis, present,
                    v => (CountCellKey.Profile(source, level.Name, row.Code, field, v), byArea[(row.Code, v)])));
                counts.Relate(CountCellKey.Whole(source, level.Name, row.Code),
                    [CountCellKey.Compared(source, level.Name, row.Code, field), .. present.Where(v => !basis.Counts(v)).Select(v => CountCellKey.Profile(source, level.Name, row.Code, field, v))]);
            }

            var total = CountCellKey.Compared(source, level.Name, CountCellKey.TotalArea, field);
            counts.Add(total, areaKeys.Sum(k => counts.CountOf(k)));
            counts.Relate(total, areaKeys);
            counts.Relate(total, values.Where(basis.Counts).Select(v => CountCellKey.Profile(source, level.Name, CountCellKey.TotalArea, field, v)).ToList());
        }
    }

    private static CountCellKey AddCompared(PublishedCounts counts, CountCellKey key, FieldBasis basis, IReadOnlyList<string> present, Func<string, (CountCellKey Key, long Count)> part)
    {
        var parts = present.Where(basis.Counts).Select(part).ToList();
        counts.Add(key, parts.Sum(p => p.Count));
        counts.Relate(key, parts.Select(p => p.Key).ToList());
        return key;
    }
}
