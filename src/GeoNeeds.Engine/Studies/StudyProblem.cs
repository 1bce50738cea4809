using GeoNeeds.Engine.Accounting;

namespace GeoNeeds.Engine.Studies;

/// <summary>A fault in a study file at a place in it; <see cref="Line"/> and <see cref="Column"/> are 1-based, 0 when unknown.</summary>
public sealed record StudyProblem(long Line, long Column, string Text)
{
    /// <summary><c>file:line:column: text</c>, as every message about a study file reads, with control characters quoted from it made printable.</summary>
    public string Describe(string file) => PrintableText.Of(Line > 0 ? $"{file}:{Line}:{Column}: {Text}" : $"{file}: {Text}");
}
