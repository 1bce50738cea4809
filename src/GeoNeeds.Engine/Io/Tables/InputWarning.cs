using GeoNeeds.Engine.Accounting;

namespace GeoNeeds.Engine.Io.Tables;

/// <summary>
/// Something about an input file that a run went on with but a user should know about (bytes that were not
/// UTF-8, lookup rows that were skipped), located like every other GeoNeeds message.
/// </summary>
/// <param name="File">The file concerned.</param>
/// <param name="Line">1-based physical line, or 0 when the warning is about the file as a whole.</param>
/// <param name="Problem">What was found and what GeoNeeds did about it.</param>
public sealed record InputWarning(string File, long Line, string Problem)
{
    /// <summary><c>file:line: problem</c>, with any control characters quoted from the input made printable.</summary>
    public override string ToString() => PrintableText.Of(Line <= 0 ? $"{File}: {Problem}" : $"{File}:{Line}: {Problem}");
}
