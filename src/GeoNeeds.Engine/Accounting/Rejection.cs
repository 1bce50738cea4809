namespace GeoNeeds.Engine.Accounting;

/// <summary>One input row that was not counted, with where it came from and why.</summary>
/// <param name="Input">The study's name for the input (e.g. <c>incidents</c>).</param>
/// <param name="File">The file the row was read from.</param>
/// <param name="Line">1-based physical line number in <paramref name="File"/> (the header is line 1).</param>
/// <param name="Field">The column at fault, or empty when the whole row is at fault.</param>
/// <param name="Reason">One of <see cref="RejectionReason"/>.</param>
/// <param name="Detail">A human-readable explanation, e.g. the offending value.</param>
public sealed record Rejection(string Input, string File, long Line, string Field, string Reason, string Detail)
{
    // Field names and details quote the input; they reach messages and rejections.csv printable.
    public string File { get; } = PrintableText.Of(File);

    public string Field { get; } = PrintableText.Of(Field);

    public string Detail { get; } = PrintableText.Of(Detail);

    /// <summary>The conventional <c>file:line:field</c> location used in messages.</summary>
    public string Location => Field.Length == 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Field}";

    public override string ToString() => $"{Location}: {Reason}: {Detail}";
}
