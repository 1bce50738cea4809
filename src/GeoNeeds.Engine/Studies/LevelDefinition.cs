namespace GeoNeeds.Engine.Studies;

/// <summary>One area level of a study (LSOA, ward, local authority).</summary>
public sealed class LevelDefinition
{
    /// <summary>Short name used in output file names: <c>lsoa</c>, <c>ward</c>, <c>lad</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>
    /// Boundary files or file-name patterns (GeoJSON, TopoJSON, shapefile, GeoPackage; optionally gzipped).
    /// Several files, e.g. one per local authority, are merged into one layer.
    /// </summary>
    public List<string> Boundaries { get; set; } = [];

    public string? CodeField { get; set; }

    public string? NameField { get; set; }

    /// <summary>A database table (<c>schema.table</c>) of the boundaries, instead of files: one row per area.</summary>
    public string? Table { get; set; }

    /// <summary>A database query returning the boundaries (e.g. <c>SELECT code, name, geom FROM ...</c>), instead of files.</summary>
    public string? Query { get; set; }

    /// <summary>The geometry column of <see cref="Table"/> or <see cref="Query"/>; by default the only one.</summary>
    public string? GeometryColumn { get; set; }

    /// <summary>TopoJSON object or GeoPackage table within the boundary file.</summary>
    public string? LayerWithinFile { get; set; }

    /// <summary>States the boundaries' CRS when the file does not (e.g. <c>EPSG:27700</c>).</summary>
    public string? Crs { get; set; }

    /// <summary>
    /// How the first level's areas roll up to this one: <c>interior-point</c> (default when boundaries are
    /// given) or <c>lookup</c> (default when a lookup names this level).
    /// </summary>
    public string? Rollup { get; set; }

    /// <summary>True when the level has polygons, from files or from a database table or query.</summary>
    public bool HasBoundaries => Boundaries.Count > 0 || Table is not null || Query is not null;
}
