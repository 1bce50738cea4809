using BenchmarkDotNet.Attributes;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Bench.Micro;

/// <summary>
/// Disclosure control of a national one-level study's counts: 34,753 LSOA totals, each the sum of about 23 small
/// month × category cells, and the study total over the LSOAs (about 900,000 counts, 35,000 sums, most cells small).
/// Listing the counts (<see cref="PublishedCounts"/>) numbers them as they come and holds each sum as numbers, so
/// <see cref="RunSuppression.Apply"/> decides over arrays; asking the decision about every monthly cell is what the
/// monthly table and the suppression report do.
/// </summary>
[MemoryDiagnoser]
public class RunSuppressionBenchmarks
{
    private const int Areas = 34_753;
    private readonly List<(string Area, string Month, string Category, long Count)[]> _cells = [];
    private PublishedCounts _counts = null!;
    private DisclosureDecision _decision = null!;

    [GlobalSetup]
    public void Count()
    {
        var random = new Random(20240401);
        var months = Enumerable.Range(1, 12).Select(m => $"2025-{m:00}").ToArray();
        var categories = new[] { "Anti-social behaviour", "Burglary", "Public order", "Shoplifting", "Violence and sexual offences" };
        for (var a = 0; a < Areas; a++)
        {
            var area = $"E0{a:0000000}";
            _cells.Add([.. Enumerable.Range(0, 23).Select(i => (area, months[i % 12], categories[i % 5], (long)random.Next(0, 8)))
                .DistinctBy(c => (c.Item2, c.Item3))]);
        }

        _counts = List();
        _decision = RunSuppression.Apply(_counts, 5);
    }

    [Benchmark]
    public PublishedCounts List()
    {
        var counts = new PublishedCounts();
        var total = CountCellKey.StudyTotal("crime");
        counts.Add(total, _cells.Sum(area => area.Sum(c => c.Count)), suppressible: false);
        var wholes = new List<CountCellKey>(Areas);
        foreach (var area in _cells)
        {
            var whole = CountCellKey.Whole("crime", "lsoa", area[0].Area);
            counts.Add(whole, area.Sum(c => c.Count));
            var parts = new List<CountCellKey>(area.Length);
            foreach (var (code, month, category, count) in area)
            {
                parts.Add(CountCellKey.Month("crime", "lsoa", code, month, category));
                counts.Add(parts[^1], count);
            }

            counts.Relate(whole, parts);
            wholes.Add(whole);
        }

        counts.Relate(total, wholes);
        return counts;
    }

    [Benchmark]
    public int Decide() => RunSuppression.Apply(_counts, 5).ComplementaryCount;

    [Benchmark]
    public int AskEveryCount()
    {
        var withheld = 0;
        foreach (var key in _counts.Keys)
        {
            withheld += _decision.IsSuppressed(key) ? 1 : 0;
        }

        return withheld;
    }
}
