using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GeoNeeds.Bench.Generation;
using GeoNeeds.Engine.Io.Boundaries;

namespace GeoNeeds.Bench.EndToEnd;

/// <summary>
/// The end-to-end benchmark: for each row count, makes the synthetic points file once (cached), then runs the
/// baseline and the engine each in a fresh process of this program and prints one table of both, with ratios.
/// </summary>
internal static class ScalingDriver
{
    public static int Run(IReadOnlyList<long> rowCounts, string sharedData, string dataFolder, int seed, string? markdownOut, bool baselineAtLargest)
    {
        Directory.CreateDirectory(dataFolder);
        var results = new List<(long Rows, RunResult? Baseline, RunResult Engine)>();
        foreach (var rows in rowCounts)
        {
            var points = EnsurePoints(sharedData, dataFolder, rows, seed);
            var skipBaseline = !baselineAtLargest && rows == rowCounts.Max() && rowCounts.Count > 1;
            var baseline = skipBaseline ? null : Child(NationalRun.Baseline, sharedData, points, Path.Combine(dataFolder, $"out-baseline-{rows}"));
            var engine = Child(NationalRun.Engine, sharedData, points, Path.Combine(dataFolder, $"out-engine-{rows}"));
            if (baseline is not null && (baseline.Matched != engine.Matched || baseline.Rejected != engine.Rejected))
            {
                Console.Error.WriteLine($"warning: at {rows:N0} rows the paths disagree: matched {baseline.Matched:N0} vs {engine.Matched:N0}");
            }

            results.Add((rows, baseline, engine));
        }

        var table = ScalingTable.Format(results, LoadAverage());
        Console.WriteLine(table);
        if (markdownOut is not null)
        {
            File.WriteAllText(markdownOut, table);
        }

        return 0;
    }

    /// <summary>The points file for <paramref name="rows"/>, generated unless a previous run left it.</summary>
    public static string EnsurePoints(string sharedData, string dataFolder, long rows, int seed)
    {
        Directory.CreateDirectory(dataFolder);
        var points = Path.Combine(dataFolder, $"police-uk-{rows}-seed{seed}.csv");
        if (!File.Exists(points))
        {
            var clock = Stopwatch.StartNew();
            Console.Error.WriteLine($"generating {rows:N0} rows into {points} ...");
            var lsoas = BoundaryReader.Read(BenchFiles.In(sharedData, points).Boundaries, new() { CodeField = "LSOA11CD", NameField = "LSOA11NM" });
            new NationalCrimeFile(lsoas, seed).Write(points, rows);
            Console.Error.WriteLine($"generated in {clock.Elapsed.TotalSeconds:F1} s");
        }

        return points;
    }

    private static RunResult Child(string path, string sharedData, string points, string outFolder)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { typeof(ScalingDriver).Assembly.Location, "run", "--path", path, "--points", points, "--shared", sharedData, "--out", outFolder })
        {
            start.ArgumentList.Add(argument);
        }

        Console.Error.WriteLine($"running {path} on {Path.GetFileName(points)} ...");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"the {path} run failed (exit {process.ExitCode}).");
        }

        return JsonSerializer.Deserialize<RunResult>(output.Trim().Split('\n')[^1])!;
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
