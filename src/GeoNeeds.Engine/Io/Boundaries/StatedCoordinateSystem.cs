using GeoNeeds.Engine.Geo;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>The coordinate system a boundary file states in well-known text (a shapefile <c>.prj</c>, a GeoPackage definition).</summary>
internal static class StatedCoordinateSystem
{
    /// <summary>The supported system <paramref name="wkt"/> describes.</summary>
    /// <exception cref="InputDataException">
    /// The text describes another system. A projected system on the WGS 84 datum (UTM, Web Mercator) names
    /// WGS 84 but is in metres, so it is refused rather than taken for longitude/latitude.
    /// </exception>
    public static CoordinateSystem FromWkt(string file, string wkt)
    {
        var projected = wkt.TrimStart().StartsWith("PROJCS", StringComparison.OrdinalIgnoreCase);
        var system = CoordinateSystem.FromWkt(wkt);
        return system is not null && !(projected && system.IsGeographic)
            ? system
            : throw Unsupported(file, wkt.Length > 80 ? wkt[..80] + "…" : wkt);
    }

    /// <summary>The error for a stated coordinate system other than EPSG:4326 or EPSG:27700.</summary>
    public static InputDataException Unsupported(string file, string stated) =>
        new(file, $"the file states a coordinate system GeoNeeds does not read ({stated}); reproject it to EPSG:4326 (lon/lat) or EPSG:27700 (British National Grid).");
}
