using System.IO.Compression;
using System.Text.Json;
using GeoNeeds.Engine.Geo;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO.Converters;

namespace GeoNeeds.Bench.EndToEnd;

/// <summary>
/// The national polygons read the way GeoNeeds read them before the performance work, kept here as the
/// baseline: NetTopologySuite's GeoJSON reader streaming through gzip, then every geometry's full validity check
/// (in parallel) and <see cref="GeometryFixer"/> for the invalid ones.
/// </summary>
internal static class BaselineBoundaries
{
    public static AreaLayer Read(string path)
    {
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        using var file = File.OpenRead(path);
        using var text = new GZipStream(file, CompressionMode.Decompress);
        var features = JsonSerializer.Deserialize<FeatureCollection>(text, options)!;
        var areas = new Area[features.Count];
        Parallel.For(0, features.Count, i =>
        {
            var feature = features[i];
            var geometry = feature.Geometry.IsValid ? feature.Geometry : GeometryFixer.Fix(feature.Geometry);
            areas[i] = new Area(Text(feature, "LSOA11CD"), Text(feature, "LSOA11NM"), geometry) { Parent = Text(feature, "LAD_CD") };
        });
        return new AreaLayer("lsoa", CoordinateSystem.Wgs84, areas);
    }

    private static string Text(IFeature feature, string property) => Convert.ToString(feature.Attributes[property], System.Globalization.CultureInfo.InvariantCulture)!;
}
