using System.Globalization;

namespace GeoNeeds.Engine.Tests.Studies;

/// <summary>
/// A reader who knows which districts each LSOA's postcodes lie in, so that each LSOA's and each district's count
/// (whole and month by month) is a sum of unknown LSOA × district parts, and who solves those sums one at a time: a
/// sum with one unknown part gives that part away, and a withheld count whose parts are all known is recovered. A
/// part found to hold 1–9 events is a small count of a real place, so it counts as recovered too.
/// </summary>
internal static class PostcodePartsAttacker
{
    /// <summary>Reads a run's <c>lsoa</c> and <c>district</c> tables (whole and monthly) and attacks them.</summary>
    public static (List<string> Recovered, int Withheld) Run(string folder, IReadOnlyList<(string Lsoa, string District)> parts)
    {
        var published = new Dictionary<(string Level, string Area, string Month), long?>();
        foreach (var level in new[] { "lsoa", "district" })
        {
            foreach (var row in CsvRows.Read(Path.Combine(folder, $"{level}.csv")))
            {
                published[(level, row["area_code"], "")] = Count(row.First(c => c.Key.EndsWith("_count", StringComparison.Ordinal)).Value);
            }

            var monthly = Path.Combine(folder, $"{level}_monthly.csv");
            foreach (var row in File.Exists(monthly) ? CsvRows.Read(monthly) : [])
            {
                published[(level, row["area_code"], row["month"])] = Count(row["count"]);
            }
        }

        return (Solve(published, parts), published.Values.Count(v => v is null));
    }

    /// <summary>What the sums give away: each published count (null where withheld) keyed by level, area and month ("" for the whole).</summary>
    public static List<string> Solve(IReadOnlyDictionary<(string Level, string Area, string Month), long?> published, IReadOnlyList<(string Lsoa, string District)> parts)
    {
        var sums = published.Keys.Select(k => (Total: k,
            Parts: parts.Where(p => (k.Level == "lsoa" ? p.Lsoa : p.District) == k.Area).Select(p => (p.Lsoa, p.District, k.Month)).ToList())).ToList();
        var known = new Dictionary<(string, string, string), long>();
        var recovered = new List<string>();
        for (var progress = true; progress;)
        {
            progress = false;
            foreach (var (total, members) in sums)
            {
                var unknown = members.Where(m => !known.ContainsKey(m)).ToList();
                if (published[total] is { } shown && unknown.Count == 1)
                {
                    var part = shown - members.Where(known.ContainsKey).Sum(m => known[m]);
                    known[unknown[0]] = part;
                    progress = true;
                    if (part is > 0 and < 10)
                    {
                        recovered.Add($"part {unknown[0]} = {part} from {total}");
                    }
                }
                else if (published[total] is null && unknown.Count == 0 && $"{total} = {members.Sum(m => known[m])}" is var found && !recovered.Contains(found))
                {
                    recovered.Add(found);
                }
            }
        }

        return recovered;
    }

    private static long? Count(string text) => text == "*" ? null : long.Parse(text, CultureInfo.InvariantCulture);
}
