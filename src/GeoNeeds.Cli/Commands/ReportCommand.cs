using System.ComponentModel;
using GeoNeeds.Cli.Console;
using Spectre.Console.Cli;

namespace GeoNeeds.Cli.Commands;

/// <summary><c>geoneeds report OUT_DIR [--out FILE] [--pdf] [--profile CODE]</c>: the study report of a finished output folder, or one area's profile.</summary>
internal sealed class ReportCommand : Command<ReportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<OUT_DIR>")]
        [Description("The output folder of a finished geoneeds assess or geoneeds demo run (run-summary.json, run-complete.json, the CSVs).")]
        public string Folder { get; init; } = "";

        [CommandOption("-o|--out <FILE>")]
        [Description("The HTML file to write. Default: OUT_DIR/report.html")]
        public string? Out { get; init; }

        [CommandOption("--pdf")]
        [Description("Also print the report to PDF beside the HTML (report.pdf) with an installed Chromium; exit code 1 when none is installed.")]
        public bool Pdf { get; init; }

        [CommandOption("--profile <CODE>")]
        [Description("Write the profile page of one area instead (its figures against its parent and the study area, its rank, a locator map): OUT_DIR/report-CODE.html unless --out says otherwise.")]
        public string? Profile { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        ReportRunner.Write(settings.Folder, settings.Out, settings.Pdf ? ReportRunner.Pdf.Required : ReportRunner.Pdf.None, settings.Profile);
}
