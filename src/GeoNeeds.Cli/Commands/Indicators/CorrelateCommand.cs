using System.ComponentModel;
using System.Globalization;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.PlainTables;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Stats;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands.Indicators;

/// <summary><c>geoneeds correlate</c>: Pearson and Spearman correlation and the least-squares line of two columns.</summary>
internal sealed class CorrelateCommand : Command<CorrelateCommand.Settings>
{
    public sealed class Settings : IndicatorSettings
    {
        // Spelled --x and --y on the command line (GeoNeedsApp passes them on under these names, as Spectre
        // refuses one-letter long options).
        [CommandOption("--x-column <COLUMN>")]
        [Description("Column of x values (also spelled --x).")]
        public string X { get; init; } = "";

        [CommandOption("--y-column <COLUMN>")]
        [Description("Column of y values (also spelled --y); the line is y on x.")]
        public string Y { get; init; } = "";

        public override ValidationResult Validate() =>
            X.Length > 0 && Y.Length > 0 ? ValidationResult.Success() : ValidationResult.Error("--x and --y are required.");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        OutputGuard.File("--out", settings.Out, settings.In);
        var warnings = new List<InputWarning>();
        var (x, y) = CorrelationTable.Read(IndicatorFiles.Input(settings), settings.X, settings.Y, warnings);
        var summary = Correlation.Summarise(x, y);
        IndicatorFiles.Output(settings, path => CorrelationTable.Write(path, summary));
        if (!IndicatorFiles.ToStandardOutput(settings))
        {
            Print(settings, summary);
        }

        IndicatorFiles.Report(warnings);
        return ExitCode.Success;
    }

    private static void Print(Settings settings, CorrelationSummary summary)
    {
        var table = new Table().Title($"{Markup.Escape(settings.Y)} on {Markup.Escape(settings.X)}").AddColumns("statistic", "value");
        foreach (var (name, value) in CorrelationLayout.Columns.Zip(CorrelationLayout.Cells(summary)))
        {
            table.AddRow(name, value is double number ? number.ToString("G6", CultureInfo.InvariantCulture) : Markup.Escape(value?.ToString() ?? ""));
        }

        AnsiConsole.Write(table);
    }
}
