namespace GeoNeeds.Engine.Io.Tables;

/// <summary>A column of a <see cref="CsvTable"/>: its position and its name as the header writes it (trimmed).</summary>
internal readonly record struct CsvColumn(int Index, string Name);
