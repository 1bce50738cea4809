using System.Diagnostics;
using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Io.Points;
using GeoNeeds.Engine.Io.Population;
using GeoNeeds.Engine.Join;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Bench.EndToEnd;

/// <summary>
/// One measured national run in this process: the LSOA polygons, the points joined to them, the LAD roll-up by
/// the file's <c>LAD_CD</c>, counts and rates per 1,000 residents (IoD 2019 denominators, England), written as
/// <c>lsoa.csv</c> and <c>lad.csv</c> with small counts suppressed.
/// </summary>
internal static class NationalRun
{
    /// <summary>The engine as it is now.</summary>
    public const string Engine = "engine";

    /// <summary>The engine's row-by-row path (CsvHelper, one thread) with the polygons read as before the performance work.</summary>
    public const string Baseline = "baseline";

    private static readonly string[] Header = ["area_code", "count", "population", "rate_per_1000", "lower95", "upper95", "method"];

    public static RunResult Run(string path, BenchFiles files, string outFolder, bool unsuppressedCounts)
    {
        var clock = new StageClock();
        var engine = path == Engine;
        var lsoas = clock.Time("boundaries", () => engine
            ? BoundaryReader.Read(files.Boundaries, new() { LayerName = "lsoa", CodeField = "LSOA11CD", NameField = "LSOA11NM", ParentField = "LAD_CD" })
            : BaselineBoundaries.Read(files.Boundaries));
        var locator = clock.Time("index", () => new AreaLocator(lsoas));
        var account = new InputAccount("incidents");
        var counts = new EventCounts();
        clock.Time("parse+join", () => Join(locator, files.Points, account, counts, engine));
        var (lsoaRows, ladRows) = clock.Time("aggregate", () => Aggregate(lsoas, counts, PopulationReader.ReadIod2019Totals(files.Population)));
        clock.Time("write", () =>
        {
            Directory.CreateDirectory(outFolder);
            CsvTableWriter.Write(Path.Combine(outFolder, "lsoa.csv"), Header, lsoaRows.Select(r => Row(r.Code, r.Rate)));
            CsvTableWriter.Write(Path.Combine(outFolder, "lad.csv"), Header, ladRows.Select(r => Row(r.Code, r.Rate)));
            if (unsuppressedCounts)
            {
                // Synthetic points only: the comparison with PostGIS needs every count as it is.
                CsvTableWriter.Write(Path.Combine(outFolder, "lsoa-counts-unsuppressed.csv"), ["area_code", "count"],
                    lsoaRows.Select(r => new object?[] { r.Code, (long)r.Rate.Count }));
            }
        });

        var wall = clock.SinceProcessStart;
        using var process = Process.GetCurrentProcess();
        return new RunResult(path, account.Read, account.Matched, account.Rejected, wall, process.PeakWorkingSet64,
            clock.Stages.ToDictionary(s => s.Stage, s => s.Seconds), clock.ProcessorSeconds.ToDictionary(s => s.Stage, s => s.Seconds));
    }

    private static void Join(AreaLocator locator, string points, InputAccount account, EventCounts counts, bool engine)
    {
        var joiner = new PointJoiner(locator);
        if (engine)
        {
            joiner.JoinFile(points, PointColumns.PoliceUk, null, account, counts);
            return;
        }

        // What a study did per file before PointJoiner.JoinFile: stream PointRecords and join them one by one.
        var rows = PointFileReader.Read(points, PointColumns.PoliceUk, null, account).Select(p => p with { Month = MonthText.Period(p.Month) });
        joiner.Join(rows, new PointSource(account.Name, points, CoordinateSystem.Wgs84), account, counts);
    }

    private static (List<(string Code, RateEstimate Rate)> Lsoa, List<(string Code, RateEstimate Rate)> Lad) Aggregate(
        AreaLayer lsoas, EventCounts counts, IReadOnlyDictionary<string, double> population)
    {
        var rollup = AreaRollup.FromParentCodes(lsoas, "lad");
        var ladCounts = counts.RolledUp(rollup.ParentOf, out _);
        var ladPopulation = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var area in lsoas.Areas)
        {
            if (area.Parent is { } lad && population.TryGetValue(area.Code, out var residents))
            {
                ladPopulation[lad] = ladPopulation.GetValueOrDefault(lad) + residents;
            }
        }

        var lsoaRows = lsoas.Areas.Select(a => (a.Code, Rate(counts.InArea(a.Code), population, a.Code))).ToList();
        var ladRows = lsoas.Areas.Select(a => a.Parent).OfType<string>().Distinct().Order(StringComparer.Ordinal)
            .Select(lad => (lad, Rate(ladCounts.InArea(lad), ladPopulation, lad))).ToList();
        return (lsoaRows, ladRows);
    }

    private static RateEstimate Rate(long count, IReadOnlyDictionary<string, double> population, string code) =>
        CrudeRate.Calculate(count, population.TryGetValue(code, out var residents) ? residents : null, 1000);

    private static object?[] Row(string code, RateEstimate rate)
    {
        var suppressed = SmallCountSuppression.IsSuppressed((long)rate.Count, SmallCountSuppression.DefaultThreshold);
        return suppressed
            ? [code, "*", rate.Population, null, null, null, null]
            : [code, (long)rate.Count, rate.Population, rate.Value, rate.Lower95, rate.Upper95, rate.Method];
    }
}
