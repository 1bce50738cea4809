using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Cli.Commands.Indicators;

/// <summary>
/// Where an indicator verb reads and writes: the <c>--in</c> and <c>--out</c> files, or standard input and output
/// so verbs can be piped. Warnings go to standard error, so standard output stays clean CSV.
/// </summary>
internal static class IndicatorFiles
{
    /// <summary>The name standard input has in messages.</summary>
    public const string StandardInput = "<stdin>";

    /// <summary>The <c>--in</c> file, or standard input when it is absent or <c>-</c>.</summary>
    public static TableInput Input(IndicatorSettings settings) => Input(settings.In);

    /// <summary>The file at <paramref name="path"/>, or standard input when it is null or <c>-</c>.</summary>
    public static TableInput Input(string? path) =>
        IsStandardStream(path) ? TableInput.FromStream(System.Console.OpenStandardInput(), StandardInput) : TableInput.FromFile(path!);

    /// <summary>Whether the output goes to standard output.</summary>
    public static bool ToStandardOutput(IndicatorSettings settings) => ToStandardOutput(settings.Out);

    /// <summary>Whether <paramref name="path"/> (null or <c>-</c>) means standard output.</summary>
    public static bool ToStandardOutput(string? path) => IsStandardStream(path);

    /// <summary>
    /// Runs <paramref name="write"/> on the <c>--out</c> path, or on a temporary file that is then copied to
    /// standard output (the table writers write whole files atomically).
    /// </summary>
    public static void Output(IndicatorSettings settings, Action<string> write) => Output(settings.Out, write);

    /// <inheritdoc cref="Output(IndicatorSettings, Action{string})"/>
    public static void Output(string? path, Action<string> write)
    {
        if (!ToStandardOutput(path))
        {
            write(path!);
            return;
        }

        var temporary = Path.Combine(Path.GetTempPath(), $".geoneeds-{Guid.NewGuid():N}.csv");
        try
        {
            write(temporary);
            using var file = File.OpenRead(temporary);
            using var output = System.Console.OpenStandardOutput();
            file.CopyTo(output);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Prints each warning to standard error as <c>warning: file:line: problem</c>.</summary>
    public static void Report(IEnumerable<InputWarning> warnings)
    {
        foreach (var warning in warnings)
        {
            System.Console.Error.WriteLine($"warning: {warning}");
        }
    }

    /// <summary>Prints a note (provenance, a result that could not be computed) to standard error.</summary>
    public static void Note(string text) => System.Console.Error.WriteLine(text);

    private static bool IsStandardStream(string? path) => path is null or "-";
}
