using GeoNeeds.Engine.Studies;
using GeoNeeds.Viewer.Studies;
using GeoNeeds.Viewer.Web;
using Spectre.Console;

namespace GeoNeeds.Cli.Console;

/// <summary>Runs a study with progress on the terminal, writes its outputs and prints the run summary.</summary>
internal static class StudyRunner
{
    /// <summary>
    /// Runs <paramref name="study"/>, draws its maps and charts (and the viewer's map classes) unless <paramref name="graphics"/> is false, and writes every output;
    /// under <paramref name="strict"/>, an input that matched too little fails the run before anything is written.
    /// </summary>
    public static int RunAndReport(StudyDefinition study, string outputFolder, bool graphics = true, bool strict = false)
    {
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

        IReadOnlyList<string> drawn = graphics ? WithProgress(progress =>
        {
            progress.Report(new StudyProgress("maps and charts", 0));
            return StudyGraphics.Draw(result, outputFolder);
        }) : [];
        // The viewer's classes are made from the written layers, so they are listed now and written after them.
        IReadOnlyList<string> classes = graphics ? [.. result.Levels.Where(l => l.Layer is not null).Select(l => LevelClassesFile.NameOf(l.Name))] : [];
        var summary = StudyOutputs.Write(result, outputFolder, [.. drawn, .. classes]);
        if (graphics)
        {
            LevelClassesFile.WriteAll(outputFolder);
        }

        RunSummaryView.Print(summary, Path.GetFullPath(outputFolder));
        return result.AllRowsAccounted ? ExitCode.Success : ExitCode.InputData;
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
