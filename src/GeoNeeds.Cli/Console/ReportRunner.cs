using GeoNeeds.Report;
using GeoNeeds.Report.Printing;
using GeoNeeds.Report.Reading;
using Spectre.Console;

namespace GeoNeeds.Cli.Console;

/// <summary>Writes a finished output folder's report (and its PDF) and says what was written, for the report, assess and demo commands.</summary>
internal static class ReportRunner
{
    /// <summary>How a PDF is asked for.</summary>
    public enum Pdf
    {
        /// <summary>No PDF.</summary>
        None,

        /// <summary>A PDF when Chromium is installed, and a note when it is not (the demo).</summary>
        WhenPossible,

        /// <summary>A PDF, or exit code 1 when Chromium is not installed (<c>--pdf</c>).</summary>
        Required,
    }

    /// <summary>
    /// Writes the report of <paramref name="folder"/>, or the profile page of area <paramref name="profile"/>, to
    /// <paramref name="file"/> (default: report.html or report-CODE.html in the folder); returns the exit code.
    /// </summary>
    public static int Write(string folder, string? file, Pdf pdf, string? profile = null)
    {
        var html = file ?? Path.Combine(folder, profile is null ? ReportDocument.FileName : ReportDocument.ProfileFileName(profile));
        try
        {
            if (profile is null)
            {
                ReportDocument.Write(folder, html);
            }
            else
            {
                ReportDocument.WriteProfile(folder, profile, html);
            }
        }
        catch (ReportSourceException e)
        {
            System.Console.Error.WriteLine($"error: {e.Message}");
            return ExitCode.Usage;
        }

        AnsiConsole.WriteLine($"Wrote the report {html}");
        return pdf == Pdf.None ? ExitCode.Success : Print(html, pdf);
    }

    private static int Print(string html, Pdf pdf)
    {
        if (ChromiumPdf.Find() is not { } chromium)
        {
            if (pdf == Pdf.WhenPossible)
            {
                AnsiConsole.WriteLine("No PDF of the report: Chromium is not installed (apt install chromium).");
                return ExitCode.Success;
            }

            System.Console.Error.WriteLine("error: --pdf needs Chromium, and none is installed (looked for chromium on PATH and /usr/bin/chromium). Install it (apt install chromium), or leave out --pdf; the HTML report was written.");
            return ExitCode.Usage;
        }

        var file = Path.ChangeExtension(html, ".pdf");
        ChromiumPdf.Print(chromium, html, file);
        AnsiConsole.WriteLine($"Wrote the report {file}");
        return ExitCode.Success;
    }
}
