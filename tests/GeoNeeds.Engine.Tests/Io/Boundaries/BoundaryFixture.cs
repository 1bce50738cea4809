using System.IO.Compression;
using System.Text;
using System.Text.Json;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Boundaries;
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

    // Invented squares. Areas by hand: 0.01° × 0.01° = 1e-4 square degrees; 1,000 m × 1,000 m = 1e6 m².
    public const string LonLatSquare = "POLYGON ((-1.5 52.4, -1.49 52.4, -1.49 52.41, -1.5 52.41, -1.5 52.4))";
    public const string LonLatSquareEast = "POLYGON ((-1.49 52.4, -1.48 52.4, -1.48 52.41, -1.49 52.41, -1.49 52.4))";
    public const string GridSquare = "POLYGON ((430000 278000, 431000 278000, 431000 279000, 430000 279000, 430000 278000))";
    public const string GridSquareEast = "POLYGON ((431000 278000, 432000 278000, 432000 279000, 431000 279000, 431000 278000))";

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
    public static string WriteGzip(string name, string content) => TestFiles.WriteBytes(name, Gzip(content));

    /// <summary><paramref name="content"/> as UTF-8, gzip-compressed.</summary>
    public static byte[] Gzip(string content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(content));
        }

        return buffer.ToArray();
    }

    /// <summary>Two invented wards on the British grid, for the shapefile and GeoPackage writers.</summary>
    public static IFeature[] GridWards() =>
    [
        Feature(GridSquare, ("WD13CD", "X05000001"), ("WD13NM", "Invented North")),
        Feature(GridSquareEast, ("WD13CD", "X05000002"), ("WD13NM", "Invented East")),
    ];

    /// <summary>Checks that <paramref name="layer"/> holds the <see cref="GridWards"/> as written, in British grid metres.</summary>
    public static void AssertIsGridWards(AreaLayer layer)
    {
        Assert.Equal(["X05000001", "X05000002"], layer.Areas.Select(a => a.Code));
        Assert.Equal(["Invented North", "Invented East"], layer.Areas.Select(a => a.Name));
        Assert.Equal(1e6, layer.Areas[1].Geometry.Area, 1e-6);
        Assert.Equal(CoordinateSystem.BritishNationalGrid, layer.CoordinateSystem);
    }

    /// <summary>The message of the <see cref="InputDataException"/> that reading <paramref name="file"/> must throw.</summary>
    public static string ReadError(string file, BoundaryReadOptions? options = null) =>
        Assert.Throws<InputDataException>(() => BoundaryReader.Read(file, options)).Message;

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
