using System.ComponentModel;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.PlainTables;
using GeoNeeds.Engine.Stats;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands.Indicators;

/// <summary><c>geoneeds inequality</c>: rates by IMD decile and the OHID slope and relative indexes of inequality.</summary>
internal sealed class InequalityCommand : Command<InequalityCommand.Settings>
{
    public sealed class Settings : IndicatorSettings
    {
        [CommandOption("--per <N>")]
        [Description("Rates (and the SII) per this many people. Default 1000.")]
        public double Per { get; init; } = 1_000;

        [CommandOption("--repetitions <N>")]
        [Description("Simulations for the SII and RII limits. Default 100000 (as PHEindicatormethods phe_sii).")]
        public int Repetitions { get; init; } = InequalityIndex.DefaultRepetitions;

        [CommandOption("--seed <N>")]
        [Description("Seed of the simulation; the same seed gives the same limits. Default 1.")]
        public int Seed { get; init; } = InequalityIndex.DefaultSeed;

        public override ValidationResult Validate() =>
            Per > 0 && Repetitions >= 1_000 ? ValidationResult.Success() : ValidationResult.Error("--per must be above 0 and --repetitions at least 1000.");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        OutputGuard.File("--out", settings.Out, settings.In);
        var warnings = new List<InputWarning>();
        var table = InequalityTable.Read(IndicatorFiles.Input(settings), warnings);
        var result = InequalityMeasure.Calculate(table.Values, settings.Per, settings.Repetitions, settings.Seed);
        IndicatorFiles.Output(settings, path => InequalityTable.Write(path, result));
        if (result.Index.NotComputedReason is { } reason)
        {
            warnings.Add(new InputWarning(table.Name, 0, $"slope index of inequality: {reason}"));
        }

        IndicatorFiles.Report(warnings);
        return ExitCode.Success;
    }
}
