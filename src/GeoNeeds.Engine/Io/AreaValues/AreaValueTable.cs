namespace GeoNeeds.Engine.Io.AreaValues;

/// <summary>A value per area read from a CSV file by <see cref="AreaValueReader"/>, in file order, one row per code.</summary>
/// <param name="File">The file, as given, for messages.</param>
/// <param name="CodeColumn">The area code column's name as the header writes it.</param>
/// <param name="ValueColumn">The value column's name as the header writes it.</param>
/// <param name="Rows">The rows, in file order.</param>
public sealed record AreaValueTable(string File, string CodeColumn, string ValueColumn, IReadOnlyList<AreaValue> Rows);
