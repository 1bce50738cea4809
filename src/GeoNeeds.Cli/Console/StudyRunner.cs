using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Studies;
using GeoNeeds.Viewer.Studies;
using GeoNeeds.Viewer.Web;
using Spectre.Console;

namespace GeoNeeds.Cli.Console;

/// <summary>Runs a study with progress on the terminal, writes its outputs and prints the run summary.</summary>
internal static class StudyRunner
{
    /// <summary>
    /// Runs <paramref name="study"/>, draws its maps and charts (and the viewer's map classes) unless <paramref name="graphics"/>
    /// is false, and writes every output into a staging folder that is moved into <paramref name="outputFolder"/> when complete.
    /// </summary>
    /// <param name="study">The study to run.</param>
    /// <param name="option">The option (or study key) that named <paramref name="outputFolder"/>, for messages.</param>
    /// <param name="outputFolder">The output folder; checked before any input is read.</param>
    /// <param name="graphics">Whether to draw maps and charts.</param>
    /// <param name="strict">Whether an input that matched too little fails the run before anything is written.</param>
    /// <param name="report">Whether to write the study report (report.html, and report.pdf as asked) once the folder is complete.</param>
    public static int RunAndReport(StudyDefinition study, string option, string outputFolder, bool graphics = true, bool strict = false, ReportRunner.Pdf? report = null)
    {
        OutputTarget.CheckFolder(option, outputFolder, StudyInputFiles.Of(study));
        if (graphics)
        {
            // Palette and class names are the viewer's to know: check them before a long run, not after it.
            StudyGraphics.Check(study);
        }

        var result = WithProgress(progress => Study.Run(study, progress));
        if (FailsStrictly(result, strict))
        {
            return ExitCode.InputData;
        }

        using var staged = StagedOutputFolder.Begin(option, outputFolder);
        OutputGuard.Tell(staged.RemovedLeftovers);
        IReadOnlyList<string> drawn = graphics ? WithProgress(progress =>
        {
            progress.Report(new StudyProgress("maps and charts", 0));
            return StudyGraphics.Draw(result, staged.Staging);
        }) : [];
        // The viewer's classes are made from the written layers, so they are listed now and written after them.
        IReadOnlyList<string> classes = graphics ? [.. result.Levels.Where(l => l.Layer is not null).Select(l => LevelClassesFile.NameOf(l.Name))] : [];
        var summary = StudyOutputs.Write(result, staged.Staging, [.. drawn, .. classes]);
        if (graphics)
        {
            LevelClassesFile.WriteAll(staged.Staging);
        }

        staged.Commit();
        RunSummaryView.Print(summary, staged.Target);
        var reported = report is { } pdf ? ReportRunner.Write(staged.Target, null, pdf) : ExitCode.Success;
        return !result.AllRowsAccounted ? ExitCode.InputData : reported;
    }

    /// <summary>Whether a <paramref name="strict"/> run must stop because an input matched too little; if so, says why on standard error.</summary>
    public static bool FailsStrictly(StudyResult result, bool strict)
    {
        if (!strict || result.MatchShortfalls.Count == 0)
        {
            return false;
        }

        foreach (var shortfall in result.MatchShortfalls)
        {
            System.Console.Error.WriteLine($"error: {shortfall}. Nothing was written (--strict).");
        }

        return true;
    }

    /// <summary>
    /// A live progress display on an interactive terminal; plain lines, one per stage, when output is
    /// redirected (CI logs, pipes), so logs stay readable.
    /// </summary>
    public static T WithProgress<T>(Func<IProgress<StudyProgress>, T> work)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            var lastStage = "";
            return work(new SynchronousProgress(p =>
            {
                if (p.Stage != lastStage)
                {
                    AnsiConsole.WriteLine(p.Stage.StartsWith("maps", StringComparison.Ordinal) ? $"drawing {p.Stage}" : $"reading {p.Stage}");
                    lastStage = p.Stage;
                }
            }));
        }

        return AnsiConsole.Status().Start("Reading inputs", status =>
            work(new SynchronousProgress(p => status.Status($"{Markup.Escape(p.Stage)}: {p.Rows:N0} rows"))));
    }

    // Progress<T> posts to the thread pool; the display must update in order, on the calling thread.
    private sealed class SynchronousProgress(Action<StudyProgress> report) : IProgress<StudyProgress>
    {
        public void Report(StudyProgress value) => report(value);
    }
}
