using System.ComponentModel;
using System.Globalization;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.PlainTables;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands.Indicators;

/// <summary><c>geoneeds change</c>: change between two periods and each area's quadrant of rate against change.</summary>
internal sealed class ChangeCommand : Command<ChangeCommand.Settings>
{
    public sealed class Settings : PassThroughSettings
    {
        [CommandOption("--per <N>")]
        [Description("rate_after per this many people. Default 1000.")]
        public double Per { get; init; } = 1_000;

        public override ValidationResult Validate() =>
            Per > 0 ? ValidationResult.Success() : ValidationResult.Error("--per must be above 0.");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        OutputGuard.File("--out", settings.Out, settings.In);
        var warnings = new List<InputWarning>();
        var table = ChangeTable.Read(IndicatorFiles.Input(settings), warnings);
        var assessment = ChangeMeasure.Assess(table.Values, settings.Per);
        IndicatorFiles.Output(settings, path => ChangeTable.Write(path, table, assessment, settings.CsvFormulas));
        var overall = assessment.OverallRate?.ToString("R", CultureInfo.InvariantCulture) ?? "not known (no area has a population)";
        IndicatorFiles.Note($"Quadrants split at the overall rate after, {overall} per {settings.Per.ToString(CultureInfo.InvariantCulture)}, and at no change.");
        IndicatorFiles.Report(warnings);
        return ExitCode.Success;
    }
}
