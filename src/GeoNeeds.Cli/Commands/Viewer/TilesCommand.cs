using System.ComponentModel;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Io;
using GeoNeeds.Viewer.Web.Tiles;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands.Viewer;

/// <summary>
/// <c>geoneeds tiles OUT_DIR [--max-zoom N] [--out FOLDER]</c>: each level's vector tiles, as <c>geoneeds view</c> draws
/// them, written into an MBTiles file per level for QGIS, GDAL and tile servers.
/// </summary>
internal sealed class TilesCommand : Command<TilesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<OUT_DIR>")]
        [Description("The output folder of a geoneeds assess or geoneeds demo run (its *.geojson layers and tables).")]
        public string Folder { get; init; } = "";

        [CommandOption("--max-zoom <N>")]
        [Description("The deepest zoom written, 0 to 14. Default: 12 (streets of a town). Each zoom deeper takes about four times the tiles.")]
        public int MaxZoom { get; init; } = MbTilesFile.DefaultMaxZoom;

        [CommandOption("-o|--out <FOLDER>")]
        [Description("The folder the <level>.mbtiles files go to. Default: OUT_DIR/tiles")]
        public string? Out { get; init; }

        public override ValidationResult Validate() => MaxZoom is < 0 or > MbTilesFile.MaxZoom
            ? ValidationResult.Error($"--max-zoom {MaxZoom} is not a zoom from 0 to {MbTilesFile.MaxZoom}.")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(settings.Folder))
        {
            throw new InputDataException(settings.Folder, "no such folder: pass the output folder of a geoneeds assess or geoneeds demo run");
        }

        var target = settings.Out ?? Path.Combine(settings.Folder, "tiles");
        OutputGuard.Tell(Directory.Exists(target) ? Engine.Export.AtomicFile.RemoveStale(target) : []);
        var written = MbTilesFile.WriteAll(settings.Folder, target, settings.MaxZoom, new Progress<string>(line => AnsiConsole.WriteLine(line)));
        if (written.Count == 0)
        {
            throw new InputDataException(settings.Folder, "holds no level the viewer can show (a *.geojson layer of areas with a table): nothing to tile");
        }

        AnsiConsole.WriteLine($"Wrote {written.Count} MBTiles {(written.Count == 1 ? "file" : "files")} to {target}");
        return ExitCode.Success;
    }
}
