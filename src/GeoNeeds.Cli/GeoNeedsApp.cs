using GeoNeeds.Cli.Commands;
using GeoNeeds.Cli.Commands.Viewer;
using GeoNeeds.Engine.Io;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli;

/// <summary>The <c>geoneeds</c> command: verbs, help text and the mapping of failures to exit codes.</summary>
internal static class GeoNeedsApp
{
    // Spectre.Console.Cli rejects one-letter long options, but `--x COL --y COL` is the documented spelling
    // for eastings/northings; they are passed on as the equivalent --easting/--northing. `map --k 5` likewise
    // becomes the short option -k.
    private static string SpectreSpelling(string arg) => arg switch
    {
        "--x" => "--easting",
        "--y" => "--northing",
        "--k" => "-k",
        _ when arg.StartsWith("--x=", StringComparison.Ordinal) => "--easting=" + arg[4..],
        _ when arg.StartsWith("--y=", StringComparison.Ordinal) => "--northing=" + arg[4..],
        _ => arg,
    };

    public static int Run(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("geoneeds");
            config.PropagateExceptions();
            config.AddCommand<AssessCommand>("assess")
                .WithDescription("Run a study file: read boundaries, incidents, referrals, population and IMD; write area tables, GeoJSON, rejections and a run summary.")
                .WithExample("assess", "study.yaml", "--out", "out");
            config.AddCommand<CountPointsCommand>("count-points")
                .WithDescription("Count the points of a CSV in every polygon of a boundary file (zeros included).")
                .WithExample("count-points", "--points", "incidents.csv", "--polygons", "lsoa.geojson", "--code-field", "LSOA11CD", "--lon", "Longitude", "--lat", "Latitude", "--out", "counts.csv");
            config.AddCommand<DemoCommand>("demo")
                .WithDescription("Run the demo study on the synthetic town in data/ (generated first if absent).")
                .WithExample("demo", "--out", "out");
            config.AddCommand<GenerateDemoCommand>("generate-demo")
                .WithDescription("(Re)generate the synthetic demo town's input files, deterministically.")
                .WithExample("generate-demo", "--out", "data");
            config.AddCommand<MapCommand>("map")
                .WithDescription("Draw a choropleth map (PNG or SVG) of one column of a CSV over a boundary file.")
                .WithExample("map", "--polygons", "wards.geojson", "--code-field", "WD13CD", "--values", "out/ward.csv", "--value", "da_incidents_rate_per_1000", "--classes", "jenks", "--out", "ward-map.png");
            config.AddCommand<ChartCommand>("chart")
                .WithDescription("Draw a chart (PNG or SVG): ranked, scatter, quadrant, funnel, trend or deciles.")
                .WithExample("chart", "funnel", "--in", "out/ward.csv", "--value", "da_incidents_rate_per_1000", "--out", "funnel.png");
        });

        try
        {
            return app.Run(args.Select(SpectreSpelling).ToArray());
        }
        catch (CommandAppException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            AnsiConsole.MarkupLine("Run [bold]geoneeds --help[/] for usage.");
            return ExitCode.Usage;
        }
        catch (InputDataException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCode.InputData;
        }
    }
}
