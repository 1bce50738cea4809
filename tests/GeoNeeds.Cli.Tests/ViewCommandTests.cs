using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace GeoNeeds.Cli.Tests;

/// <summary><c>geoneeds view DIR</c> run as a user would: it prints its address, serves, and stops on Ctrl+C.</summary>
public partial class ViewCommandTests
{
    private static readonly Lazy<string> Outputs = new(() =>
    {
        var folder = CliProcess.NewFolder();
        File.WriteAllText(Path.Combine(folder, "ward.geojson"), """{"type":"FeatureCollection","features":[]}""");
        return folder;
    });

    [SkippableFact]
    public async Task View_PortZero_PrintsTheAddressServesAndStopsOnCtrlC()
    {
        Skip.If(InterruptIgnored(), "SIGINT is ignored in this test run (started in the background by a shell without job control), so the viewer it starts ignores Ctrl+C too, as Unix programs do.");
        using var viewer = Start("view", Outputs.Value, "--port", "0");
        var url = await ReadAddress(viewer);

        HttpStatusCode status;
        // The client is closed before Ctrl+C, as a browser tab would be: the stop is timed, not the draining of a kept-alive connection.
        using (var client = new HttpClient())
        using (var index = await client.GetAsync(new Uri(url, "api/index")))
        {
            status = index.StatusCode;
        }

        Process.Start("kill", ["-INT", viewer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        var exited = viewer.WaitForExit(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(exited, "geoneeds view did not stop within 30 s of SIGINT");
        Assert.Equal(0, viewer.ExitCode);
        Assert.Contains("Viewer stopped.", await viewer.StandardOutput.ReadToEndAsync());
    }

    [Fact]
    public async Task View_FolderWithoutRunComplete_WarnsOnStandardErrorThatItMayBeIncomplete()
    {
        using var viewer = Start("view", Outputs.Value, "--port", "0");
        await ReadAddress(viewer);
        viewer.Kill();

        Assert.Contains($"warning: {Outputs.Value}: no run-complete.json: the run that wrote this folder did not finish", await viewer.StandardError.ReadToEndAsync());
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.20")]
    [InlineData("localhost")]
    public void View_NonLoopbackHost_IsAUsageError(string host)
    {
        var outcome = CliProcess.Run(CliProcess.RepositoryRoot(), "view", Outputs.Value, "--host", host);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Contains($"--host {host} is refused: the viewer serves needs-assessment outputs to this machine only", Unwrapped(outcome));
    }

    [Fact]
    public void View_PortOutOfRange_IsAUsageError()
    {
        var outcome = CliProcess.Run(CliProcess.RepositoryRoot(), "view", Outputs.Value, "--port", "70000");

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Contains("--port 70000 is not a TCP port (0 to 65535; 0 picks a free one).", Unwrapped(outcome));
    }

    [Fact]
    public void View_BasemapNotATileAddress_IsAUsageError()
    {
        var outcome = CliProcess.Run(CliProcess.RepositoryRoot(), "view", Outputs.Value, "--basemap", "https://tile.example.org/map.png");

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Contains("--basemap https://tile.example.org/map.png is not a tile address: give an http(s) URL with {z}, {x} and {y}", Unwrapped(outcome));
    }

    [Fact]
    public void View_StudyFileThatDoesNotExist_IsAUsageError()
    {
        var outcome = CliProcess.Run(CliProcess.RepositoryRoot(), "view", Outputs.Value, "--study", "no-such-study.yaml");

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Contains("--study no-such-study.yaml: no such file (give the study file of the run, for postcode search).", Unwrapped(outcome));
    }

    [Fact]
    public void View_PortInUse_IsAUsageErrorSuggestingAnother()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var outcome = CliProcess.Run(CliProcess.RepositoryRoot(), "view", Outputs.Value, "--port", port);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Contains("Choose another port with --port N, or --port 0 for a free one.", Unwrapped(outcome));
    }

    [Fact]
    public void View_MissingFolder_IsAnInputDataError()
    {
        var missing = Path.Combine(CliProcess.NewFolder(), "out");

        var outcome = CliProcess.Run(CliProcess.RepositoryRoot(), "view", missing);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Contains($"{missing}: no such folder", Unwrapped(outcome));
    }

    /// <summary>Whether this process ignores SIGINT (signal 2, bit 1 of /proc/self/status's SigIgn mask), which the processes it starts inherit.</summary>
    private static bool InterruptIgnored() =>
        File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) is { } line
        && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 0x2) != 0;

    /// <summary>The output with the terminal's line wrapping undone (redirected output wraps at 80 columns).</summary>
    private static string Unwrapped(CliProcess.Outcome outcome) => Whitespace().Replace(outcome.Output, " ");

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "geoneeds.dll"));
        args.ToList().ForEach(start.ArgumentList.Add);
        start.Environment["NO_COLOR"] = "1";
        return Process.Start(start)!;
    }

    /// <summary>The address from the "GeoNeeds viewer: URL" line, read within a minute.</summary>
    private static async Task<Uri> ReadAddress(Process viewer)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (await viewer.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (AddressLine().Match(line) is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }
        }

        throw new InvalidOperationException($"geoneeds view printed no address: {await viewer.StandardError.ReadToEndAsync()}");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^GeoNeeds viewer: (http://127\.0\.0\.1:[1-9][0-9]*/)$")]
    private static partial Regex AddressLine();
}
