using GeoNeeds.Engine.Geo;
using NetTopologySuite.IO;

namespace GeoNeeds.Engine.Tests.Join;

/// <summary>Builds small area layers from WKT for join tests.</summary>
internal static class Layers
{
    private static readonly WKTReader Reader = new();

    public static AreaLayer FromWkt(string name, params (string Code, string Wkt)[] areas) =>
        FromWkt(name, CoordinateSystem.BritishNationalGrid, areas);

    public static AreaLayer FromWkt(string name, CoordinateSystem system, params (string Code, string Wkt)[] areas) =>
        new(name, system, areas.Select(a => new Area(a.Code, a.Code, Reader.Read(a.Wkt))));

    /// <summary>Two 10 × 10 squares side by side sharing the edge x = 10: A on the left, B on the right.</summary>
    public static AreaLayer TwoSquares(string leftCode = "A", string rightCode = "B") => FromWkt("lsoa",
        (leftCode, "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
        (rightCode, "POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))"));
}
