using System.Diagnostics;

namespace GeoNeeds.Engine.Tests;

/// <summary>Runs a program the tests need (PostgreSQL's tools, GDAL's ogrinfo) and collects what it printed.</summary>
internal static class ExternalProgram
{
    /// <summary>Runs <paramref name="program"/> with <paramref name="args"/> in <paramref name="folder"/> (null: the current folder) to its end.</summary>
    public static (int ExitCode, string Output, string Errors) Run(string program, string? folder, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder ?? "" };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors);
    }
}
