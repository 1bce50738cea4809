using System.ComponentModel;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.PlainTables;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands.Indicators;

/// <summary><c>geoneeds prevalence</c>: expected victims of domestic abuse from survey prevalence by age and sex.</summary>
internal sealed class PrevalenceCommand : Command<PrevalenceCommand.Settings>
{
    public sealed class Settings : PassThroughSettings
    {
        [CommandOption("--survey <EDITION>")]
        [Description("Survey table: a built-in edition (csew-2021, the default) or a CSV with columns edition,measure,source,age,men,women,all.")]
        public string Survey { get; init; } = SurveyTable.DefaultEdition;

        [CommandOption("--recorded <FILE>")]
        [Description("CSV area_code,recorded (e.g. recorded incidents); adds recorded and recorded_per_expected.")]
        public string? Recorded { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        OutputGuard.File("--out", settings.Out, settings.In, settings.Recorded, settings.Survey);
        var warnings = new List<InputWarning>();
        var survey = SurveyTable.Load(settings.Survey);
        var table = PrevalenceTable.Read(IndicatorFiles.Input(settings), survey, warnings);
        var recorded = settings.Recorded is null ? null : PrevalenceTable.ReadRecorded(TableInput.FromFile(settings.Recorded), warnings);
        var areas = PrevalenceMeasure.Assess(table.Values, survey, PrevalenceTable.Names(table), recorded);
        if (recorded is not null)
        {
            PrevalenceTable.WarnUnmatched(areas, recorded, settings.Recorded!, warnings);
        }

        IndicatorFiles.Output(settings, path => PrevalenceTable.Write(path, areas, recorded is not null, settings.CsvFormulas));
        IndicatorFiles.Note($"Expected victims from {survey.Edition}, {survey.Measure}: {survey.Source}");
        IndicatorFiles.Report(warnings);
        return ExitCode.Success;
    }
}
