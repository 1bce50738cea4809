using GeoNeeds.Engine.Accounting;

namespace GeoNeeds.Engine.Io;

/// <summary>
/// Input data that a run cannot go on with (a missing column, an empty file, duplicate area codes).
/// The message always starts with <c>file:line:field</c> so a user can find the fault.
/// Row-level problems that a run can go on with are rejections, not exceptions. Text quoted from the input is
/// kept printable (<see cref="PrintableText"/>), so a message can never drive the terminal it is shown on.
/// </summary>
public sealed class InputDataException : Exception
{
    public InputDataException(string file, long line, string field, string problem)
        : base(FormatMessage(PrintableText.Of(file), line, PrintableText.Of(field), PrintableText.Of(problem)))
    {
        File = PrintableText.Of(file);
        Line = line;
        Field = PrintableText.Of(field);
        Problem = PrintableText.Of(problem);
    }

    public InputDataException(string file, string problem)
        : this(file, 0, "", problem)
    {
    }

    public string File { get; }

    /// <summary>1-based line, or 0 when the problem is not on one line (a whole file, a study-file key).</summary>
    public long Line { get; }

    public string Field { get; }

    public string Problem { get; }

    private static string FormatMessage(string file, long line, string field, string problem)
    {
        var location = file + (line > 0 ? $":{line}" : "") + (field.Length > 0 ? $":{field}" : "");
        return $"{location}: {problem}";
    }
}
