using System.ComponentModel;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Studies;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands;

/// <summary><c>geoneeds assess STUDY.yaml [--out DIR]</c>.</summary>
internal sealed class AssessCommand : Command<AssessCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--no-graphics")]
        [Description("Skip the maps and charts (maps/, charts/); tables, GeoJSON and the summary are still written.")]
        public bool NoGraphics { get; init; }

        [CommandOption("--strict")]
        [Description("Fail (exit code 2, nothing written) when an input matches no area, or under its min_match_share of located rows (default 0.5), instead of warning.")]
        public bool Strict { get; init; }

        [CommandOption("--no-cache")]
        [Description("Read every boundary file afresh, without the boundary cache (see README, Boundary cache).")]
        public bool NoCache { get; init; }

        [CommandOption("--report")]
        [Description("Also write the study report, report.html, into the output folder (as geoneeds report does).")]
        public bool Report { get; init; }

        [CommandArgument(0, "<STUDY>")]
        [Description("The study file (YAML). Relative paths in it are read from its folder.")]
        public string Study { get; init; } = "";

        [CommandOption("-o|--out <DIR>")]
        [Description("Output folder. Default: the study's output.folder, relative to the current folder.")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var study = StudyFile.Load(settings.Study) with { BoundaryCache = settings.NoCache ? null : BoundaryCache.ForUser() };
        var (option, folder) = settings.Out is null ? ("output.folder", study.Output.Folder) : ("--out", settings.Out);
        return StudyRunner.RunAndReport(study, option, folder, !settings.NoGraphics, settings.Strict, settings.Report || study.Output.Report ? ReportRunner.Pdf.None : null);
    }
}
