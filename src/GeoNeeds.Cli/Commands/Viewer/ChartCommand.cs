using System.ComponentModel;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Io;
using GeoNeeds.Viewer.Charts;
using GeoNeeds.Viewer.Tables;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands.Viewer;

/// <summary><c>geoneeds chart KIND --in FILE</c>: one chart of an area table or monthly counts, to PNG or SVG.</summary>
internal sealed class ChartCommand : Command<ChartCommand.Settings>
{
    private static readonly string[] Kinds = ["ranked", "scatter", "quadrant", "funnel", "trend", "deciles"];

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<KIND>")]
        [Description("ranked, scatter, quadrant, funnel, trend or deciles.")]
        public string Kind { get; init; } = "";

        [CommandOption("--in <FILE>")]
        [Description("An area table from geoneeds assess (ward.csv, lsoa.csv), or for trend a monthly table (lsoa_monthly.csv).")]
        public string In { get; init; } = "";

        [CommandOption("--value <COL>")]
        [Description("Rate column. Default: the first *_rate_per_* column. Its _lower_95, _upper_95, _count partners are used when present.")]
        public string? Value { get; init; }

        [CommandOption("--x-column <COL>")]
        [Description("scatter: x column (default the IMD column); quadrant: rate column (default --value).")]
        public string? XColumn { get; init; }

        [CommandOption("--y-column <COL>")]
        [Description("scatter: y column (default --value); quadrant: change column (required).")]
        public string? YColumn { get; init; }

        [CommandOption("--name-column <COL>")]
        [Description("Area names for bars and labels. Default area_name.")]
        public string NameColumn { get; init; } = AssessColumns.Name;

        [CommandOption("--benchmark <N>")]
        [Description("Benchmark rate for ranked, funnel and quadrant. Default: the table's total count over total population.")]
        public double? Benchmark { get; init; }

        [CommandOption("--title <TEXT>")]
        public string? Title { get; init; }

        [CommandOption("--subtitle <TEXT>")]
        public string? Subtitle { get; init; }

        [CommandOption("--attribution <TEXT>")]
        [Description("The attribution line the data licences require, printed along the foot.")]
        public string? Attribution { get; init; }

        [CommandOption("--width <PX>")]
        public int Width { get; init; } = 1200;

        [CommandOption("--height <PX>")]
        public int Height { get; init; } = 800;

        [CommandOption("-o|--out <FILE>")]
        [Description("Output image: .png or .svg. Default chart.png.")]
        public string Out { get; init; } = "chart.png";

        public override ValidationResult Validate()
        {
            if (!Kinds.Contains(Kind))
            {
                return ValidationResult.Error($"Unknown chart '{Kind}': use {string.Join(", ", Kinds)}.");
            }

            if (In.Length == 0)
            {
                return ValidationResult.Error("--in is required.");
            }

            if (Kind == "quadrant" && YColumn is null)
            {
                return ValidationResult.Error("quadrant needs --y-column, the column of change (e.g. percent change in the rate).");
            }

            return Width < 300 || Height < 300 ? ValidationResult.Error("--width and --height must be at least 300.") : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        OutputGuard.File("--out", settings.Out, settings.In);
        var table = ValueTable.Read(settings.In);
        var plot = settings.Kind == "trend" ? ChartSpecs.Trend(table, settings) : ChartSpecs.OfAreas(table, settings);
        ChartFile.Save(plot, settings.Out, settings.Width, settings.Height);
        AnsiConsole.MarkupLineInterpolated($"Wrote {settings.Out}: {settings.Kind} chart of {table.Count} rows of {settings.In}");
        return ExitCode.Success;
    }

    /// <summary>The rate column to chart: --value, else the table's first rate column.</summary>
    internal static string RateColumn(ValueTable table, Settings settings) => settings.Value ?? AssessColumns.FirstRate(table)
        ?? throw new InputDataException(table.File, 1, "", $"no *_rate_per_* column; name one with --value (the header has: {string.Join(", ", table.Header)})");
}
