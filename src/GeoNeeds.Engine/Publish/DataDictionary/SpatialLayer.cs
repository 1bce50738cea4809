namespace GeoNeeds.Engine.Publish.DataDictionary;

/// <summary>
/// One level as the spatial outputs publish it (a GeoNeeds extension of the data package): the files that hold it,
/// the property that identifies a feature, and its properties, typed, with withheld counts flagged rather than marked.
/// </summary>
/// <param name="Name">The level (lsoa, ward, ...).</param>
/// <param name="Paths">The files, relative to the package; a GeoPackage table as <c>areas.gpkg#&lt;level&gt;</c>.</param>
/// <param name="Id">What a feature's id is: the area code, as GeoJSON and TopoJSON <c>id</c> and the <c>area_code</c> property.</param>
/// <param name="Fields">The feature properties in order; a withheld count is null with its <c>_suppressed</c> flag true.</param>
public sealed record SpatialLayer(string Name, IReadOnlyList<string> Paths, string Id, IReadOnlyList<TableField> Fields);
