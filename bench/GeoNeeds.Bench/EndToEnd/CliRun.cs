using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace GeoNeeds.Bench.EndToEnd;

/// <summary>
/// One timed run of the built <c>geoneeds</c> command in a child process, as a user runs it, under GNU
/// <c>time</c> (Debian package <c>time</c>), which reports the child's own wall time, processor time and peak
/// resident memory. The boundary cache lives in <c>XDG_CACHE_HOME</c> (set to a folder of the benchmark's own), so
/// a cold run is one whose cache folder was emptied first.
/// </summary>
internal static class CliRun
{
    private const string GnuTime = "/usr/bin/time";

    public static CliResult Run(string label, string cliDll, IReadOnlyList<string> arguments, string cacheHome, bool cold, string? summaryFile)
    {
        if (!File.Exists(GnuTime))
        {
            throw new FileNotFoundException($"{GnuTime} (GNU time, Debian package 'time') is needed to time the command as a child process.");
        }

        var cacheFolder = Path.Combine(cacheHome, "geoneeds");
        if (cold && Directory.Exists(cacheFolder))
        {
            Directory.Delete(cacheFolder, recursive: true);
        }

        var timeFile = Path.GetTempFileName();
        var start = new ProcessStartInfo(GnuTime) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-o", timeFile, "-f", "%e %U %S %M", "dotnet", cliDll }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["XDG_CACHE_HOME"] = cacheHome;
        Console.Error.WriteLine($"running geoneeds {label} ({(cold ? "cold" : "warm")} boundary cache) ...");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"geoneeds {label} failed (exit {process.ExitCode}): {errors.Result}{output.Result}");
        }

        var measured = File.ReadAllText(timeFile).Trim().Split('\n')[^1].Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        File.Delete(timeFile);
        return new CliResult(label, cold, measured[0], measured[1] + measured[2], (long)measured[3] * 1024, summaryFile is null ? [] : StageSeconds(summaryFile));
    }

    /// <summary>The study's own stage timings, from its run summary.</summary>
    private static Dictionary<string, double> StageSeconds(string summaryFile)
    {
        using var summary = JsonDocument.Parse(File.ReadAllText(summaryFile));
        return summary.RootElement.GetProperty("stage_seconds").EnumerateObject().ToDictionary(s => s.Name, s => s.Value.GetDouble());
    }
}
