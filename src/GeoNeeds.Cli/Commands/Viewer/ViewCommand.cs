using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using GeoNeeds.Engine.Export;
using GeoNeeds.Viewer.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands.Viewer;

/// <summary>
/// <c>geoneeds view DIR [--port N] [--open] [--basemap URL] [--study FILE]</c>: serves an output folder as an interactive map at
/// <c>http://127.0.0.1:N/</c> until Ctrl+C.
/// </summary>
internal sealed class ViewCommand : AsyncCommand<ViewCommand.Settings>
{
    public const int DefaultPort = 8765;

    // A folder rewritten by hand can differ in every file; a few lines say enough.
    private const int MaxProblemsShown = 5;

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<DIR>")]
        [Description("The output folder of a geoneeds assess or geoneeds demo run (lsoa.geojson, ward.geojson, *.csv, run-summary.json).")]
        public string Folder { get; init; } = "";

        [CommandOption("-p|--port <N>")]
        [Description("TCP port. 0 picks a free one (printed). Default: 8765")]
        public int Port { get; init; } = DefaultPort;

        [CommandOption("--host <ADDRESS>")]
        [Description("Loopback address to listen on; any other address is refused. Default: 127.0.0.1")]
        public string Host { get; init; } = LoopbackAddress.Default;

        [CommandOption("--basemap <URL>")]
        [Description("Draw an online raster basemap under the areas, from this XYZ tile address (e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png). Off by default: the page then fetches from no other server.")]
        public string? BasemapUrl { get; init; }

        [CommandOption("--basemap-attribution <TEXT>")]
        [Description("The credit the basemap's licence requires, shown on the map. Default: © OpenStreetMap contributors for openstreetmap.org, else the server's name.")]
        public string? BasemapAttribution { get; init; }

        [CommandOption("--study <FILE>")]
        [Description("The study file whose postcode lookups the search box searches. Default: the study file the run summary names, found from the current folder or beside DIR.")]
        public string? Study { get; init; }

        [CommandOption("--open")]
        [Description("Open the page in the default browser.")]
        public bool Open { get; init; }

        public override ValidationResult Validate()
        {
            if (Port is < IPEndPoint.MinPort or > IPEndPoint.MaxPort)
            {
                return ValidationResult.Error($"--port {Port} is not a TCP port (0 to {IPEndPoint.MaxPort}; 0 picks a free one).");
            }

            if (Study is not null && !File.Exists(Study))
            {
                return ValidationResult.Error($"--study {Study}: no such file (give the study file of the run, for postcode search).");
            }

            try
            {
                LoopbackAddress.Parse(Host);
                _ = BasemapUrl is null ? null : Basemap.Parse(BasemapUrl, BasemapAttribution);
                return ValidationResult.Success();
            }
            catch (ArgumentException e)
            {
                return ValidationResult.Error(e.Message);
            }
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var app = ViewerServer.Create(new ViewerOptions(settings.Folder, settings.Port, settings.Host, settings.BasemapUrl is null ? null : Basemap.Parse(settings.BasemapUrl, settings.BasemapAttribution), settings.Study));
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            System.Console.Error.WriteLine($"error: {e.Message} Choose another port with --port N, or --port 0 for a free one.");
            return ExitCode.Usage;
        }

        var url = ViewerServer.Url(app);
        AnsiConsole.MarkupLineInterpolated($"Serving {Path.GetFullPath(settings.Folder)}");
        var problems = RunManifest.Check(settings.Folder);
        foreach (var problem in problems.Take(MaxProblemsShown))
        {
            System.Console.Error.WriteLine($"warning: {settings.Folder}: {problem}");
        }

        if (problems.Count > MaxProblemsShown)
        {
            System.Console.Error.WriteLine($"warning: {settings.Folder}: and {problems.Count - MaxProblemsShown} more files differ from {RunManifest.FileName}");
        }

        AnsiConsole.WriteLine($"GeoNeeds viewer: {url}");
        AnsiConsole.MarkupLine("Press [bold]Ctrl+C[/] to stop.");
        if (settings.Open)
        {
            OpenBrowser(url);
        }

        await app.WaitForShutdownAsync(cancellationToken);
        AnsiConsole.WriteLine("Viewer stopped.");
        return ExitCode.Success;
    }

    private static void OpenBrowser(Uri url)
    {
        try
        {
            Process.Start(new ProcessStartInfo(url.ToString()) { UseShellExecute = true })?.Dispose();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]warning:[/] no browser could be opened ({e.Message}); open {url} yourself.");
        }
    }
}
