using System.ComponentModel;
using System.Text.Json.Serialization;
using YamlDotNet.Serialization;

namespace GeoNeeds.Engine.Studies;

/// <summary>One area level of a study (LSOA, ward, local authority).</summary>
public sealed record LevelDefinition
{
    [Description("Short name used in output file names: lsoa, ward, lad.")]
    public string Name { get; init; } = "";

    [Description("Boundary files or file-name patterns (GeoJSON, TopoJSON, shapefile, GeoPackage; optionally gzipped); several are merged into one layer.")]
    public List<string> Boundaries { get; init; } = [];

    [Description("The area code field; omit to detect an ONS-style *CD field.")]
    public string? CodeField { get; init; }

    [Description("The area name field; omit to detect an ONS-style *NM field.")]
    public string? NameField { get; init; }

    [Description("A database table (schema.table) of the boundaries, instead of files: one row per area.")]
    public string? Table { get; init; }

    [Description("A database query returning the boundaries (SELECT code, name, geom FROM ...), instead of files.")]
    public string? Query { get; init; }

    [Description("The geometry column of table or query; by default the only one.")]
    public string? GeometryColumn { get; init; }

    [Description("TopoJSON object or GeoPackage table within the boundary file.")]
    public string? LayerWithinFile { get; init; }

    [Description("The boundaries' coordinate system when the file does not state it (e.g. EPSG:27700).")]
    public string? Crs { get; init; }

    [Description("boundaries (default), or postcode_unit, postcode_sector or postcode_district: polygons built from the study's postcodes (Voronoi cells of their points cut to the clip level).")]
    public LevelKind? Kind { get; init; }

    [Description("For postcode levels: the level whose boundaries cut the postcode polygons (LSOAs, or an authority); by default the first level.")]
    public string? Clip { get; init; }

    [Description("For postcode levels: keep postcodes the lookup marks terminated (left out by default).")]
    public bool IncludeTerminated { get; init; }

    [Description("How the first level's areas roll up to this one: interior-point (default with boundaries) or lookup (default when the lookup names this level).")]
    public RollupMethod? Rollup { get; init; }

    /// <summary>True when the level has polygons, from files, a database table or query, or built from postcodes.</summary>
    [YamlIgnore]
    [JsonIgnore]
    public bool HasBoundaries => Boundaries.Count > 0 || Table is not null || Query is not null || IsPostcodeLevel;

    /// <summary>True when the level's polygons are built from the study's postcodes.</summary>
    [YamlIgnore]
    [JsonIgnore]
    public bool IsPostcodeLevel => LevelKinds.PostcodeLevelOf(Kind) is not null;
}
