using NetTopologySuite.Geometries;

namespace GeoNeeds.Engine.Export;

/// <summary>One area to export as a GeoJSON feature: its boundary and its results, in column order.</summary>
/// <param name="Geometry">The boundary in WGS 84 longitude/latitude (reproject British National Grid first).</param>
/// <param name="Properties">Names and values written in this order (codes, names, counts, rates, limits, flags).</param>
/// <param name="Id">The feature's identifier (the area code), so web maps can address it; none when null.</param>
public sealed record AreaFeature(Geometry Geometry, IReadOnlyList<KeyValuePair<string, object?>> Properties, string? Id = null);
