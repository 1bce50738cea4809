using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;

namespace GeoNeeds.Engine.Tests.Io.Boundaries;

/// <summary>Builds small invented boundary files from WKT, so tests state their geometries as WKT.</summary>
internal static class BoundaryFixture
{
    /// <summary>The legacy <c>crs</c> member naming CRS84 (lon/lat), as the real ONS-derived files carry it.</summary>
    public const string Crs84 = "urn:ogc:def:crs:OGC:1.3:CRS84";

    private static readonly JsonSerializerOptions GeoJsonOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    public static Geometry Geometry(string wkt) => new WKTReader().Read(wkt);

    /// <summary>A GeoJSON geometry object for <paramref name="wkt"/>.</summary>
    public static string GeoJsonGeometry(string wkt) => JsonSerializer.Serialize(Geometry(wkt), GeoJsonOptions);

    /// <summary>
    /// A GeoJSON FeatureCollection whose features have the given properties (a JSON object's text) and WKT
    /// geometries (<c>null</c> for a feature without geometry), with a legacy <c>crs</c> member when named.
    /// </summary>
    public static string GeoJson(string? crsName, params (string Properties, string? Wkt)[] features)
    {
        var text = new StringBuilder("{\"type\":\"FeatureCollection\",");
        if (crsName is not null)
        {
            text.Append("\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"").Append(crsName).Append("\"}},");
        }

        text.Append("\"features\":[");
        text.AppendJoin(",\n", features.Select(f =>
            $"{{\"type\":\"Feature\",\"properties\":{f.Properties},\"geometry\":{(f.Wkt is null ? "null" : GeoJsonGeometry(f.Wkt))}}}"));
        return text.Append("]}").ToString();
    }

    /// <summary>Writes <paramref name="content"/> gzip-compressed to a new temp file.</summary>
    public static string WriteGzip(string name, string content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(content));
        }

        return TestFiles.WriteBytes(name, buffer.ToArray());
    }

    /// <summary>A feature with a WKT geometry and the given attributes, for the shapefile and GeoPackage writers.</summary>
    public static Feature Feature(string wkt, params (string Name, object? Value)[] attributes)
    {
        var table = new AttributesTable();
        foreach (var (name, value) in attributes)
        {
            table.Add(name, value);
        }

        return new Feature(Geometry(wkt), table);
    }
}
