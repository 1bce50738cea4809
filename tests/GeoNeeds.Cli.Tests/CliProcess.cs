using System.Diagnostics;

namespace GeoNeeds.Cli.Tests;

/// <summary>Runs the built <c>geoneeds</c> command as a user would, capturing its output and exit code.</summary>
internal static class CliProcess
{
    /// <summary>What a run printed and how it ended.</summary>
    /// <param name="ExitCode">The process exit code.</param>
    /// <param name="StandardOutput">What went to standard output.</param>
    /// <param name="StandardError">What went to standard error.</param>
    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError)
    {
        /// <summary>Standard output followed by standard error, for assertions that do not care which.</summary>
        public string Output => StandardOutput + StandardError;

        public override string ToString() => $"exit {ExitCode}\n{Output}";
    }

    public static Outcome Run(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"geoneeds {string.Join(' ', args)} did not finish in 3 minutes");
        }

        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts <c>geoneeds</c> without waiting, for tests that watch or stop a run; its output is redirected.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "geoneeds.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "200";
        return Process.Start(start)!;
    }

    /// <summary>The repository root (the folder holding GeoNeeds.sln).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeoNeeds.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("GeoNeeds.sln not found above the test output folder.");
    }

    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "geoneeds-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
