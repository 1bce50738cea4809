using System.ComponentModel;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.PlainTables;
using GeoNeeds.Engine.Stats;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands.Indicators;

/// <summary><c>geoneeds marac</c>: MARAC cases against SafeLives' recommended volume, and optionally IDVA capacity.</summary>
internal sealed class MaracCommand : Command<MaracCommand.Settings>
{
    public sealed class Settings : IndicatorSettings
    {
        [CommandOption("--per-10k <N>")]
        [Description("Recommended MARAC cases a year per 10,000 adult women. Default 40 (SafeLives).")]
        public double Per10k { get; init; } = MaracVolume.SafeLivesCasesPer10000AdultWomen;

        [CommandOption("--idva-fte <COLUMN>")]
        [Description("Column holding the full-time-equivalent IDVAs in post; adds idva_fte_recommended and idva_fte_gap. Needs --idva-per-100k.")]
        public string? IdvaFte { get; init; }

        [CommandOption("--idva-per-100k <N>")]
        [Description("Recommended IDVA FTE per 100,000 adult women (state the figure you compare against, e.g. SafeLives').")]
        public double? IdvaPer100k { get; init; }

        public override ValidationResult Validate()
        {
            if ((IdvaFte is null) != (IdvaPer100k is null))
            {
                return ValidationResult.Error("--idva-fte and --idva-per-100k go together.");
            }

            return Per10k >= 0 && IdvaPer100k is null or >= 0 ? ValidationResult.Success() : ValidationResult.Error("Recommendations cannot be negative.");
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        OutputGuard.File("--out", settings.Out, settings.In);
        var warnings = new List<InputWarning>();
        var table = MaracTable.Read(IndicatorFiles.Input(settings), settings.IdvaFte, warnings);
        var results = MaracMeasure.Assess(table.Values, settings.Per10k, settings.IdvaPer100k);
        IndicatorFiles.Output(settings, path => MaracTable.Write(path, table, results));
        IndicatorFiles.Report(warnings);
        return ExitCode.Success;
    }
}
