using System.Diagnostics;
using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Geo;
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

    /// <summary>
    /// The engine as it was before the performance work: polygons by NetTopologySuite's GeoJSON reader and full validity
    /// checks, points read row by row by CsvHelper and placed by an STRtree and per-area indexed locators on one thread.
    /// </summary>
    public const string Baseline = "baseline";

    private static readonly string[] Header = ["area_code", "count", "population", "rate_per_1000", "lower95", "upper95", "method"];

    public static RunResult Run(string path, BenchFiles files, string outFolder, bool unsuppressedCounts)
    {
        var clock = new StageClock();
        var engine = path == Engine;
        var lsoas = clock.Time("boundaries", () => engine
            ? BoundaryReader.Read(files.Boundaries, new() { LayerName = "lsoa", CodeField = "LSOA11CD", NameField = "LSOA11NM", ParentField = "LAD_CD" })
            : BaselineBoundaries.Read(files.Boundaries));
        var account = new InputAccount("incidents");
        var counts = new EventCounts();
        if (engine)
        {
            var locator = clock.Time("index", () => new AreaLocator(lsoas));
            clock.Time("parse+join", () => new PointJoiner(locator).JoinFile(files.Points, PointColumns.PoliceUk, null, account, counts));
        }
        else
        {
            var join = clock.Time("index", () => new BaselineJoin(lsoas));

            // What a study did per file before PointJoiner.JoinFile: stream PointRecords from CsvHelper and place them one by one.
            var rows = PointFileReader.Read(files.Points, PointColumns.PoliceUk, null, account).Select(p => p with { Month = MonthText.Period(p.Month) });
            clock.Time("parse+join", () => join.Join(rows, account, counts));
        }

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
