using System.ComponentModel;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.PlainTables;
using GeoNeeds.Engine.Stats;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands.Indicators;

/// <summary><c>geoneeds refuge</c>: refuge spaces provided against the Council of Europe standard.</summary>
internal sealed class RefugeCommand : Command<RefugeCommand.Settings>
{
    public sealed class Settings : PassThroughSettings
    {
        [CommandOption("--per <N>")]
        [Description("Population one unit of --spaces is recommended for. Default 10000 (Council of Europe).")]
        public double Per { get; init; } = RefugeStandard.CouncilOfEurope.PerPopulation;

        [CommandOption("--spaces <N>")]
        [Description("Family spaces recommended per --per people. Default 1.")]
        public double Spaces { get; init; } = RefugeStandard.CouncilOfEurope.Spaces;

        [CommandOption("--no-round")]
        [Description("Keep decimals in the recommended spaces instead of rounding to the nearest whole space.")]
        public bool NoRound { get; init; }

        [CommandOption("--basis <BASIS>")]
        [Description("population (default; column population) or female-15-64 (UNODC alternative; column female_15_64).")]
        public string Basis { get; init; } = "population";

        public RefugeBasis RefugeBasis => Basis == "female-15-64" ? RefugeBasis.Female15To64 : RefugeBasis.Population;

        public override ValidationResult Validate()
        {
            if (Basis is not ("population" or "female-15-64"))
            {
                return ValidationResult.Error("--basis must be population or female-15-64.");
            }

            return Per > 0 && Spaces > 0 ? ValidationResult.Success() : ValidationResult.Error("--per and --spaces must be above 0.");
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        OutputGuard.File("--out", settings.Out, settings.In);
        var warnings = new List<InputWarning>();
        var table = RefugeTable.Read(IndicatorFiles.Input(settings), settings.RefugeBasis, warnings);
        var assessment = RefugeMeasure.Assess(table.Values, new RefugeStandard(settings.Per, settings.Spaces, !settings.NoRound));
        IndicatorFiles.Output(settings, path => RefugeTable.Write(path, table, assessment, settings.RefugeBasis, settings.CsvFormulas));
        IndicatorFiles.Report(warnings);
        return ExitCode.Success;
    }
}
