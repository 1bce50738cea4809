using BenchmarkDotNet.Attributes;
using GeoNeeds.Engine.Join;

namespace GeoNeeds.Bench.Micro;

/// <summary>
/// The ordered cells of a national count table (the 100,000-row file's points counted by LSOA × month × category):
/// every table, the disclosure check and the monthly CSV read them. Before, each read sorted the string-keyed cells
/// with LINQ; now the table sorts its numbered cells once.
/// </summary>
[MemoryDiagnoser]
public class EventCountsBenchmarks
{
    private readonly List<(string Area, string Month, string Category, long Count)> _cells = [];

    [GlobalSetup]
    public void Count()
    {
        var random = new Random(20240401);
        var months = Enumerable.Range(1, 12).Select(m => $"2025-{m:00}").ToArray();
        var categories = new[] { "Anti-social behaviour", "Burglary", "Criminal damage and arson", "Public order", "Shoplifting", "Vehicle crime", "Violence and sexual offences" };
        var areas = NationalInputs.Lsoas.Areas;
        for (var i = 0; i < NationalInputs.Rows; i++)
        {
            _cells.Add((areas[random.Next(areas.Count)].Code, months[random.Next(months.Length)], categories[random.Next(categories.Length)], 1));
        }
    }

    [Benchmark(Baseline = true)]
    public int StringKeysSortedByLinq()
    {
        var cells = new Dictionary<(string Area, string Month, string Category), long>();
        foreach (var (area, month, category, count) in _cells)
        {
            cells[(area, month, category)] = cells.GetValueOrDefault((area, month, category)) + count;
        }

        return cells.OrderBy(c => c.Key.Area, StringComparer.Ordinal).ThenBy(c => c.Key.Month, StringComparer.Ordinal)
            .ThenBy(c => c.Key.Category, StringComparer.Ordinal).Count();
    }

    [Benchmark]
    public int EventCounts()
    {
        var counts = new EventCounts();
        foreach (var (area, month, category, count) in _cells)
        {
            counts.Add(area, month, category, count);
        }

        return counts.Cells.Count;
    }
}
