using System.ComponentModel;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Viewer.Classification;
using GeoNeeds.Viewer.Maps;
using GeoNeeds.Viewer.Palettes;
using GeoNeeds.Viewer.Tables;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands.Viewer;

/// <summary><c>geoneeds map</c>: a choropleth of one column of a CSV over a boundary file, to PNG or SVG.</summary>
internal sealed class MapCommand : Command<MapCommand.Settings>
{
    public sealed class Settings : PolygonSettings
    {
        [CommandOption("--name-field <NAME>")]
        [Description("Polygon property holding the area name, for labels. Default: the code field's NM partner.")]
        public string? NameField { get; init; }

        [CommandOption("--values <FILE>")]
        [Description("CSV with one row per area, e.g. ward.csv from geoneeds assess.")]
        public string Values { get; init; } = "";

        [CommandOption("--value <COL>")]
        [Description("Column to map. Default: the first *_rate_per_* column.")]
        public string? Value { get; init; }

        [CommandOption("--code-column <COL>")]
        [Description("Column of --values holding the area code. Default area_code.")]
        public string CodeColumn { get; init; } = AssessColumns.Code;

        [CommandOption("--classes <METHOD>")]
        [Description("quantile (default), equal, jenks, deciles (IMD, fixed colours) or fixed:a,b,c.")]
        public string Classes { get; init; } = ClassificationScheme.Quantile;

        [CommandOption("-k|--class-count <N>")]
        [Description("Number of classes for quantile, equal and jenks (also spelled --k). Default 5.")]
        public int K { get; init; } = 5;

        [CommandOption("--palette <NAME>")]
        [Description("ColorBrewer scheme: YlOrRd (default), OrRd, YlGnBu, Purples, Blues, Greens, RdBu, PuOr, BrBG.")]
        public string Palette { get; init; } = ColorBrewer.DefaultSequential;

        [CommandOption("--title <TEXT>")]
        public string? Title { get; init; }

        [CommandOption("--subtitle <TEXT>")]
        [Description("Indicator, period and denominator, e.g. \"Apr 2025 - Mar 2026, per 1,000 residents\".")]
        public string? Subtitle { get; init; }

        [CommandOption("--legend-title <TEXT>")]
        public string? LegendTitle { get; init; }

        [CommandOption("--labels")]
        [Description("Print area names where they fit without overlapping.")]
        public bool Labels { get; init; }

        [CommandOption("--attribution <TEXT>")]
        [Description("The attribution line the data licences require (see README).")]
        public string? Attribution { get; init; }

        [CommandOption("--width <PX>")]
        public int Width { get; init; } = 1600;

        [CommandOption("--height <PX>")]
        public int Height { get; init; } = 1200;

        [CommandOption("-o|--out <FILE>")]
        [Description("Output image: .png or .svg. Default map.png.")]
        public string Out { get; init; } = "map.png";

        public override ValidationResult Validate()
        {
            if (Polygons.Length == 0 || Values.Length == 0)
            {
                return ValidationResult.Error("--polygons and --values are required.");
            }

            if (K is < 1 or > 9 || Width < 300 || Height < 300)
            {
                return ValidationResult.Error("--k must be 1 to 9, and --width and --height at least 300.");
            }

            return StyleOptionCheck.Check(() => ClassificationScheme.Parse(Classes, K), () => ColorBrewer.Named(Palette));
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        OutputGuard.File("--out", settings.Out, settings.Values, settings.Polygons);
        var table = ValueTable.Read(settings.Values);
        var column = settings.Value ?? AssessColumns.FirstRate(table)
            ?? throw new Engine.Io.InputDataException(settings.Values, 1, "", $"no *_rate_per_* column to map; name one with --value (the header has: {string.Join(", ", table.Header)})");
        var values = AreaValues.Read(table, settings.CodeColumn, column);
        var warnings = new List<Engine.Io.Tables.InputWarning>();
        var layer = BoundaryReader.Read(settings.Polygons, new BoundaryReadOptions { CodeField = settings.CodeField, NameField = settings.NameField }, warnings);
        foreach (var warning in warnings)
        {
            System.Console.Error.WriteLine($"warning: {warning}");
        }

        var scheme = ClassificationScheme.Parse(settings.Classes, settings.K);
        var shading = scheme.Method == ClassificationScheme.Deciles
            ? MapShading.ByDecile(values.ToDictionary(v => v.Key, v => v.Value.Value))
            : MapShading.ByValue(values, scheme, ColorBrewer.Named(settings.Palette));
        var options = new MapOptions(settings.Title ?? column, settings.Subtitle, settings.Attribution, settings.LegendTitle ?? column, settings.Labels, settings.Width, settings.Height);
        var drawing = ChoroplethMap.Draw(layer, shading, options);
        drawing.Save(settings.Out);

        var unmatched = values.Keys.Where(code => !layer.Contains(code)).ToList();
        if (unmatched.Count > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]warning:[/] {unmatched.Count} rows of {settings.Values} match no area of {settings.Polygons}: {string.Join(" ", unmatched.Take(10))}");
        }

        AnsiConsole.MarkupLineInterpolated($"Wrote {settings.Out}: {layer.Count} areas of {settings.Polygons}, {column} by {shading.Method}");
        foreach (var entry in drawing.Legend)
        {
            AnsiConsole.MarkupLineInterpolated($"  {entry.Label} {entry.CountText}");
        }

        return ExitCode.Success;
    }
}
