using System.ComponentModel;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.PlainTables;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands.Indicators;

/// <summary><c>geoneeds rates</c>: crude rates with Fingertips' 95% and 99.8% limits for a table of counts.</summary>
internal sealed class RatesCommand : Command<RatesCommand.Settings>
{
    public sealed class Settings : PassThroughSettings
    {
        [CommandOption("--per <N>")]
        [Description("Rate per this many people, e.g. 1000, 10000 or 100000. Required.")]
        public double? Per { get; init; }

        public override ValidationResult Validate() =>
            Per is > 0 ? ValidationResult.Success() : ValidationResult.Error("--per must be given and above 0, e.g. --per 1000.");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        OutputGuard.File("--out", settings.Out, settings.In);
        var warnings = new List<InputWarning>();
        var table = RateTable.Read(IndicatorFiles.Input(settings), warnings);
        var rates = RateTable.Calculate(table.Values, settings.Per!.Value);
        IndicatorFiles.Output(settings, path => RateTable.Write(path, table, rates, settings.CsvFormulas));
        IndicatorFiles.Report(warnings);
        return ExitCode.Success;
    }
}
