using System.ComponentModel;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.Population;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.PlainTables;
using GeoNeeds.Engine.Stats;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands.Indicators;

/// <summary><c>geoneeds marac</c>: MARAC cases against SafeLives' recommended volume, and optionally IDVA capacity.</summary>
internal sealed class MaracCommand : Command<MaracCommand.Settings>
{
    public sealed class Settings : PassThroughSettings
    {
        [CommandOption("--per-10k <N>")]
        [Description("Recommended MARAC cases a year per 10,000 adult women. Default 40 (SafeLives).")]
        public double Per10k { get; init; } = MaracVolume.SafeLivesCasesPer10000AdultWomen;

        [CommandOption("--population <FILE>")]
        [Description("CSV area_code,sex,age,population: the adult women are counted from it (the input then has no adult_female_population).")]
        public string? Population { get; init; }

        [CommandOption("--adult-age <AGE>")]
        [Description("Women of this age and over count as adult women: 16 (the default, SafeLives and ONS) or 18. Needs --population.")]
        public int? AdultAge { get; init; }

        [CommandOption("--idva-fte <COLUMN>")]
        [Description("Column holding the full-time-equivalent IDVAs in post; adds the recommended FTE, the gap and the gap as a percentage.")]
        public string? IdvaFte { get; init; }

        [CommandOption("--idva-caseload <N>")]
        [Description("Cases a year one full-time IDVA holds: recommended FTE = cases / N, on the expected cases and on the cases heard. Default 100 (SafeLives).")]
        public double? IdvaCaseload { get; init; }

        [CommandOption("--idva-per-100k <N>")]
        [Description("Instead of the caseload: recommended IDVA FTE per 100,000 adult women (state the figure you compare against).")]
        public double? IdvaPer100k { get; init; }

        public override ValidationResult Validate()
        {
            if (IdvaFte is null && (IdvaCaseload ?? IdvaPer100k) is not null)
            {
                return ValidationResult.Error("--idva-caseload and --idva-per-100k need --idva-fte, the column of IDVAs in post.");
            }

            if (IdvaCaseload is not null && IdvaPer100k is not null)
            {
                return ValidationResult.Error("Give --idva-caseload or --idva-per-100k, not both.");
            }

            if (AdultAge is not null && Population is null)
            {
                return ValidationResult.Error("--adult-age needs --population, the population by age and sex to count the women from.");
            }

            if (AdultAge is not (null or AdultWomen.DefaultAdultAge or AdultWomen.EighteenAndOver))
            {
                return ValidationResult.Error("--adult-age takes 16 or 18.");
            }

            return Per10k >= 0 && IdvaPer100k is null or >= 0 && IdvaCaseload is null or > 0
                ? ValidationResult.Success()
                : ValidationResult.Error("Recommendations cannot be negative, and a caseload must be above 0.");
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        OutputGuard.File("--out", settings.Out, settings.In, settings.Population);
        var warnings = new List<InputWarning>();
        var adultWomen = settings.Population is null ? null
            : AdultWomenByArea.Count(PopulationReader.ReadByAgeSex(settings.Population, warnings), settings.AdultAge ?? AdultWomen.DefaultAdultAge, settings.Population);
        var table = MaracTable.Read(IndicatorFiles.Input(settings), settings.IdvaFte, warnings, adultWomen);
        var idva = settings.IdvaPer100k is { } per ? IdvaStandard.PerAdultWomen(per) : IdvaStandard.Caseload(settings.IdvaCaseload ?? IdvaCaseload.SafeLivesCasesPerIdva);
        var results = MaracMeasure.Assess(table.Values, settings.Per10k, idva);
        IndicatorFiles.Output(settings, path => MaracTable.Write(path, table, results, settings.CsvFormulas));
        IndicatorFiles.Report(warnings);
        return ExitCode.Success;
    }
}
