using System.ComponentModel;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Io.Outcomes;
using GeoNeeds.Engine.Outcomes;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Publish.Disclosure;
using GeoNeeds.Viewer.Charts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands;

/// <summary><c>geoneeds outcomes</c>: a service's intake and exit forms matched by case and analysed into the outcome tables.</summary>
internal sealed class OutcomesCommand : Command<OutcomesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--intake <FILE>")]
        [Description("Intake forms, one row per form (columns in the README: case_id, intake_date, postcode or area_code, dash_ticks, abuse levels...).")]
        public string Intake { get; init; } = "";

        [CommandOption("--exit <FILE>")]
        [Description("Exit forms, one row per closed case (case_id, exit_date, closure, contacts, dash_ticks, abuse levels, feels_safer...).")]
        public string Exit { get; init; } = "";

        [CommandOption("--service <KIND>")]
        [Description("adult (default) or children: children's forms also have exposed_to_abuse and direct_abuse.")]
        public string Service { get; init; } = "adult";

        [CommandOption("-o|--out <DIR>")]
        [Description("Output folder for outcomes_*.csv and rejections.csv; written in full or not at all.")]
        public string Out { get; init; } = "";

        [CommandOption("--profile <COLUMN>")]
        [Description("A further intake column to profile (e.g. an ethnicity grouping); repeat for several.")]
        public string[] Profile { get; init; } = [];

        [CommandOption("--suppress-below <N>")]
        [Description("Counts from 1 to N-1 are written as * (and enough others that none can be worked out); 0 writes every count. Default 5.")]
        public int SuppressBelow { get; init; } = SmallCountSuppression.DefaultThreshold;

        [CommandOption(CsvFormulasOption.Template)]
        [Description(CsvFormulasOption.Description)]
        public CsvFormulas CsvFormulas { get; init; } = CsvFormulas.Neutralise;

        public OutcomeService OutcomeService => Service == "children" ? OutcomeService.Children : OutcomeService.Adult;

        public override ValidationResult Validate()
        {
            if (Intake.Length == 0 || Exit.Length == 0 || Out.Length == 0)
            {
                return ValidationResult.Error("--intake, --exit and --out are required.");
            }

            if (Service is not ("adult" or "children"))
            {
                return ValidationResult.Error("--service must be adult or children.");
            }

            return SuppressBelow < 0 ? ValidationResult.Error("--suppress-below must be 0 or more.") : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        OutputTarget.CheckFolder("--out", settings.Out, [settings.Intake, settings.Exit]);
        var outcomes = ServiceOutcomes.Run(settings.Intake, settings.Exit, settings.OutcomeService, settings.Profile);
        var decision = OutcomeDisclosure.Decide(outcomes.Report, outcomes.Years, settings.SuppressBelow);
        using var staged = StagedOutputFolder.Begin("--out", settings.Out);
        OutputGuard.Tell(staged.RemovedLeftovers);
        var written = OutcomeTables.Write(staged.Staging, outcomes.Report, outcomes.Years, decision, new PublishedCsv(settings.CsvFormulas));
        OutcomeGraphics.Write(staged.Staging, outcomes.Report, decision);
        CsvTableWriter.Write(Path.Combine(staged.Staging, "rejections.csv"), ["input", "file", "line", "field", "reason", "detail"],
            outcomes.Intake.Rejections.Concat(outcomes.Exit.Rejections).Select(r => new object?[] { r.Input, r.File, r.Line, r.Field, r.Reason, r.Detail }), settings.CsvFormulas);
        staged.Commit();
        foreach (var warning in outcomes.Warnings)
        {
            System.Console.Error.WriteLine($"warning: {warning}");
        }

        OutcomeSummaryView.Print(outcomes, decision, SuppressionReport.Of(decision, written.Select(w => (w.File, w.Keys))), staged.Target);
        return outcomes.Intake.Balances && outcomes.Exit.Balances ? ExitCode.Success : ExitCode.InputData;
    }
}
