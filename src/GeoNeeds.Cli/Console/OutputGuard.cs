using GeoNeeds.Engine.Export;

namespace GeoNeeds.Cli.Console;

/// <summary>
/// How every verb checks where it will write before it reads anything (<see cref="OutputTarget"/>), and tells the
/// user about temporary files a killed run left behind and this run removed.
/// </summary>
internal static class OutputGuard
{
    /// <summary>
    /// Checks the output file <paramref name="path"/> against the run's <paramref name="inputs"/> and removes its stale
    /// temporaries; standard output (null or <c>-</c>) needs no check, nor does standard input among the inputs.
    /// </summary>
    public static void File(string option, string? path, params IEnumerable<string?> inputs)
    {
        if (path is null or "-")
        {
            return;
        }

        OutputTarget.CheckFile(option, path, inputs.OfType<string>().Where(input => input != "-"));
        var full = Path.GetFullPath(path);
        Tell(AtomicFile.RemoveStale(Path.GetDirectoryName(full)!, Path.GetFileName(full)));
    }

    /// <summary>Prints, on standard error, what was removed of an interrupted run (nothing when the list is empty).</summary>
    public static void Tell(IReadOnlyList<string> removed)
    {
        if (removed.Count > 0)
        {
            System.Console.Error.WriteLine(
                $"note: removed {removed.Count} temporary {(removed.Count == 1 ? "file" : "files")} left by an interrupted run: {string.Join(", ", removed.Select(Path.GetFileName))}");
        }
    }
}
