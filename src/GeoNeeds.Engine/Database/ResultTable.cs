using NetTopologySuite.Geometries;

namespace GeoNeeds.Engine.Database;

/// <summary>A table of results to write to the database: one row per area, with its boundary when there is one.</summary>
/// <param name="Name">The table's name within the schema, e.g. <c>lsoa</c>.</param>
/// <param name="Columns">Column names in order.</param>
/// <param name="Rows">Values per row in column order: text, whole or decimal numbers, booleans, or <c>null</c>.</param>
public sealed record ResultTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>One geometry per row, written to a column <c>geom</c> with their SRID; <c>null</c> for a table without boundaries.</summary>
    public IReadOnlyList<Geometry>? Geometries { get; init; }

    /// <summary>A description stored as the table's comment: what it is and where its figures come from.</summary>
    public string? Comment { get; init; }
}
