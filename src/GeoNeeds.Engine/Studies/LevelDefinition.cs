using System.ComponentModel;
using System.Text.Json.Serialization;
using YamlDotNet.Serialization;

namespace GeoNeeds.Engine.Studies;

/// <summary>One area level of a study (LSOA, ward, local authority).</summary>
public sealed class LevelDefinition
{
    [Description("Short name used in output file names: lsoa, ward, lad.")]
    public string Name { get; set; } = "";

    [Description("Boundary files or file-name patterns (GeoJSON, TopoJSON, shapefile, GeoPackage; optionally gzipped); several are merged into one layer.")]
    public List<string> Boundaries { get; set; } = [];

    [Description("The area code field; omit to detect an ONS-style *CD field.")]
    public string? CodeField { get; set; }

    [Description("The area name field; omit to detect an ONS-style *NM field.")]
    public string? NameField { get; set; }

    [Description("A database table (schema.table) of the boundaries, instead of files: one row per area.")]
    public string? Table { get; set; }

    [Description("A database query returning the boundaries (SELECT code, name, geom FROM ...), instead of files.")]
    public string? Query { get; set; }

    [Description("The geometry column of table or query; by default the only one.")]
    public string? GeometryColumn { get; set; }

    [Description("TopoJSON object or GeoPackage table within the boundary file.")]
    public string? LayerWithinFile { get; set; }

    [Description("The boundaries' coordinate system when the file does not state it (e.g. EPSG:27700).")]
    public string? Crs { get; set; }

    [Description("How the first level's areas roll up to this one: interior-point (default with boundaries) or lookup (default when the lookup names this level).")]
    public RollupMethod? Rollup { get; set; }

    /// <summary>True when the level has polygons, from files or from a database table or query.</summary>
    [YamlIgnore]
    [JsonIgnore]
    public bool HasBoundaries => Boundaries.Count > 0 || Table is not null || Query is not null;
}
