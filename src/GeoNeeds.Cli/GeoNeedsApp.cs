using GeoNeeds.Cli.Commands;
using GeoNeeds.Cli.Commands.Indicators;
using GeoNeeds.Engine.Io;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli;

/// <summary>The <c>geoneeds</c> command: verbs, help text and the mapping of failures to exit codes.</summary>
internal static class GeoNeedsApp
{
    // Spectre.Console.Cli rejects one-letter long options, but `--x COL --y COL` is the documented spelling
    // for eastings/northings; they are passed on as the equivalent --easting/--northing.
    private static string SpectreSpelling(string arg) => arg switch
    {
        "--x" => "--easting",
        "--y" => "--northing",
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
            config.AddCommand<HotspotsCommand>("hotspots")
                .WithDescription("Hot spots of one column of a CSV on the queen contiguity of a boundary file: Getis-Ord Gi*, local Moran's I clusters (HH/LL/HL/LH/ns) and global Moran's I.")
                .WithExample("hotspots", "--polygons", "data/boundaries/lsoa.geojson", "--code-field", "LSOA_CODE", "--in", "out/lsoa.csv", "--value", "police_incidents_rate_per_1000", "--out", "out/hotspots.csv");
            config.AddCommand<DemoCommand>("demo")
                .WithDescription("Run the demo study on the synthetic town in data/ (generated first if absent).")
                .WithExample("demo", "--out", "out");
            config.AddCommand<GenerateDemoCommand>("generate-demo")
                .WithDescription("(Re)generate the synthetic demo town's input files, deterministically.")
                .WithExample("generate-demo", "--out", "data");
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
