using GeoNeeds.Engine.Export;
using NetTopologySuite.IO;

namespace GeoNeeds.Engine.Tests.Export;

/// <summary>Areas to export, given as WKT in longitude/latitude, with a few typed properties.</summary>
internal static class ExportFeatures
{
    private static readonly WKTReader Wkt = new();

    /// <summary>Two 0.01° squares near Coventry sharing the edge x = −1.50: West (code X01000001) and East (X01000002).</summary>
    public static IReadOnlyList<AreaFeature> WestAndEast =>
    [
        Area("X01000001", "POLYGON ((-1.51 52.40, -1.50 52.40, -1.50 52.41, -1.51 52.41, -1.51 52.40))", "Ynys Môn", 12L, false, 288.3),
        Area("X01000002", "POLYGON ((-1.50 52.40, -1.49 52.40, -1.49 52.41, -1.50 52.41, -1.50 52.40))", "East", null, true, null),
    ];

    /// <summary>An area with properties <c>area_code</c>, <c>area_name</c>, <c>violence_count</c>, its flag and <c>violence_rate</c>.</summary>
    public static AreaFeature Area(string code, string wkt, string name, long? count, bool suppressed, double? rate) => new(
        Wkt.Read(wkt),
        [new("area_code", code), new("area_name", name), new("violence_count", count), new("violence_count_suppressed", suppressed), new("violence_rate", rate)],
        code);
}
