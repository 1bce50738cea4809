using System.Diagnostics;

namespace GeoNeeds.Cli.Tests.Commands.Indicators;

/// <summary>
/// Runs the built <c>geoneeds</c> with text on its standard input, keeping standard output (the CSV) apart from
/// standard error (warnings), as a shell pipe would.
/// </summary>
internal static class PipedCli
{
    public sealed record Outcome(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
    }

    public static Outcome Run(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = CliProcess.NewFolder(),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "geoneeds.dll"));
        args.ToList().ForEach(start.ArgumentList.Add);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "200";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"geoneeds {string.Join(' ', args)} did not finish in a minute");
        }

        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }
}
