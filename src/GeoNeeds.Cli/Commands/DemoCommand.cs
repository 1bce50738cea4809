using System.ComponentModel;
using GeoNeeds.Cli.Console;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Studies;
using GeoNeeds.Synthetic;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands;

/// <summary><c>geoneeds demo</c>: the demo study on the synthetic town, generating its inputs first if absent.</summary>
internal sealed class DemoCommand : Command<DemoCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--no-graphics")]
        [Description("Skip the maps and charts (maps/, charts/); tables, GeoJSON and the summary are still written.")]
        public bool NoGraphics { get; init; }

        [CommandOption("-o|--out <DIR>")]
        [Description("Output folder. Default: out")]
        public string Out { get; init; } = "out";

        [CommandOption("--data <DIR>")]
        [Description("Folder of the synthetic inputs; generated there if it holds no demo study. Default: data")]
        public string Data { get; init; } = "data";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var studyPath = Path.Combine(settings.Data, DemoStudy.FileName);
        if (!File.Exists(studyPath))
        {
            // The town is generated into --data: check both folders before writing either.
            OutputTarget.CheckFolder("--data", settings.Data, []);
            OutputTarget.CheckFolder("--out", settings.Out, [studyPath]);
            AnsiConsole.MarkupLineInterpolated($"Generating the synthetic demo town in {Path.GetFullPath(settings.Data)}");
            GenerateDemoCommand.Generate(settings.Data);
        }

        // The demo shows every output, the report and (where Chromium is installed) its PDF included.
        return StudyRunner.RunAndReport(StudyFile.Load(studyPath), "--out", settings.Out, !settings.NoGraphics, report: ReportRunner.Pdf.WhenPossible);
    }
}
