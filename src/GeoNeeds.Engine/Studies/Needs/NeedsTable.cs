using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>One needs table ready to write: its file name, columns and rows (disclosure control already applied).</summary>
public sealed record NeedsTable(string FileName, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>The keys of the counts the table publishes, for the run summary's suppression tally.</summary>
    public IReadOnlyList<CountCellKey> Counts { get; init; } = [];
}
