using System.Diagnostics;
using GeoNeeds.Engine.Export;

namespace GeoNeeds.Report.Printing;

/// <summary>
/// Prints an HTML file to PDF with an installed Chromium in headless mode (<c>--print-to-pdf</c>), so the PDF is the
/// page as the browser lays it out under the report's print style sheet (A4, page breaks before chapters).
/// </summary>
public static class ChromiumPdf
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>The Chromium on <c>PATH</c> (or at <c>/usr/bin/chromium</c>), or null when none is installed.</summary>
    public static string? Find()
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Append("/usr/bin");
        return folders.SelectMany(folder => Names.Select(name => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }

    /// <summary>Prints <paramref name="html"/> to <paramref name="pdf"/> (atomically) with the browser at <paramref name="chromium"/>.</summary>
    /// <exception cref="IOException">The browser failed, timed out or wrote no PDF; the message says which.</exception>
    public static void Print(string chromium, string html, string pdf) => AtomicFile.WriteAt(pdf, temporary =>
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--no-pdf-header-footer", $"--print-to-pdf={temporary}", new Uri(Path.GetFullPath(html)).AbsoluteUri,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new IOException($"{chromium} could not be started");
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new IOException($"{chromium} did not finish printing {html} within {Timeout.TotalMinutes:N0} minutes");
        }

        if (process.ExitCode != 0 || !File.Exists(temporary))
        {
            var detail = errors.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            throw new IOException($"{chromium} could not print {html} to PDF (exit code {process.ExitCode}) {detail}".Trim());
        }
    });
}
