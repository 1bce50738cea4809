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
    /// <param name="paths">Which of <c>baseline</c>, <c>engine</c> (both in this program) and <c>cli</c> (the <c>geoneeds</c> command) to run.</param>
    public static int Run(IReadOnlyList<long> rowCounts, string sharedData, string dataFolder, int seed, string? markdownOut, bool baselineAtLargest,
        IReadOnlySet<string> paths, string? cliDll)
    {
        Directory.CreateDirectory(dataFolder);
        var cli = paths.Contains("cli") ? CliBuild.Dll(cliDll) : null;
        var results = new List<(long Rows, RunResult? Baseline, RunResult Engine)>();
        var commands = new List<(long Rows, CliResult Run)>();
        foreach (var rows in rowCounts)
        {
            var points = EnsurePoints(sharedData, dataFolder, rows, seed);
            if (cli is not null)
            {
                commands.AddRange(Commands(cli, BenchFiles.In(sharedData, points), Path.Combine(dataFolder, $"out-cli-{rows}")).Select(c => (rows, c)));
            }

            if (!paths.Contains(NationalRun.Engine))
            {
                continue;
            }

            var skipBaseline = !paths.Contains(NationalRun.Baseline) || (!baselineAtLargest && rows == rowCounts.Max() && rowCounts.Count > 1);
            var baseline = skipBaseline ? null : Child(NationalRun.Baseline, sharedData, points, Path.Combine(dataFolder, $"out-baseline-{rows}"));
            var engine = Child(NationalRun.Engine, sharedData, points, Path.Combine(dataFolder, $"out-engine-{rows}"));
            if (baseline is not null && (baseline.Matched != engine.Matched || baseline.Rejected != engine.Rejected))
            {
                Console.Error.WriteLine($"warning: at {rows:N0} rows the paths disagree: matched {baseline.Matched:N0} vs {engine.Matched:N0}");
            }

            results.Add((rows, baseline, engine));
        }

        var table = string.Join(Environment.NewLine, new[]
        {
            $"{Environment.ProcessorCount} cores, load average {LoadAverage()} at the end.",
            commands.Count > 0 ? CliTable.Format(commands) : null,
            results.Count > 0 ? ScalingTable.Format(results) : null,
        }.OfType<string>());
        Console.WriteLine(table);
        if (markdownOut is not null)
        {
            File.WriteAllText(markdownOut, table);
        }

        return 0;
    }

    /// <summary><c>count-points</c> and <c>assess</c>, each with the boundary cache cold (emptied) and then warm.</summary>
    private static IEnumerable<CliResult> Commands(string cli, BenchFiles files, string outFolder)
    {
        var cacheHome = Path.Combine(outFolder, "cache");
        foreach (var cold in new[] { true, false })
        {
            yield return CliRun.Run("count-points", cli, NationalStudy.CountPoints(files, outFolder), cacheHome, cold, null);
        }

        foreach (var cold in new[] { true, false })
        {
            yield return CliRun.Run("assess", cli, NationalStudy.Assess(files, outFolder), cacheHome, cold, NationalStudy.SummaryOf(outFolder));
        }
    }

    /// <summary>The points file for <paramref name="rows"/>, generated unless a previous run left it.</summary>
    public static string EnsurePoints(string sharedData, string dataFolder, long rows, int seed, int months = NationalCrimeFile.DefaultMonths)
    {
        Directory.CreateDirectory(dataFolder);
        var span = months == NationalCrimeFile.DefaultMonths ? "" : $"-{months}months";
        var points = Path.Combine(dataFolder, $"police-uk-{rows}{span}-seed{seed}.csv");
        if (!File.Exists(points))
        {
            var clock = Stopwatch.StartNew();
            Console.Error.WriteLine($"generating {rows:N0} rows into {points} ...");
            var lsoas = BoundaryReader.Read(BenchFiles.In(sharedData, points).Boundaries, new() { CodeField = "LSOA11CD", NameField = "LSOA11NM" });
            new NationalCrimeFile(lsoas, seed, months).Write(points, rows);
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
