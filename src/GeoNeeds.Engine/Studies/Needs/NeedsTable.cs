namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>One needs table ready to write: its file name, columns and rows (suppression already applied).</summary>
public sealed record NeedsTable(string FileName, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);
