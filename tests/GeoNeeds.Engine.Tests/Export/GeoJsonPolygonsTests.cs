using System.Text;
using System.Text.Json;
using GeoNeeds.Engine.Export;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;

namespace GeoNeeds.Engine.Tests.Export;

public class GeoJsonPolygonsTests
{
    private static readonly WKTReader Wkt = new();

    // The independent reference: NetTopologySuite's own GeoJSON converter with RFC 7946 ring orientation, given a
    // copy rounded as the writer rounds, which is what GeoJsonAreaWriter wrote before it wrote polygons itself.
    private static readonly JsonSerializerOptions NetTopologySuiteOptions = new()
    {
        Converters = { new GeoJsonConverterFactory(writeGeometryBBox: false, GeoJsonConverterFactory.DefaultIdPropertyName, RingOrientationOption.EnforceRfc9746) },
    };

    [Theory]
    [InlineData("POLYGON ((-1.5 52.4, -1.5 53.4, -0.5 53.4, -0.5 52.4, -1.5 52.4), (-1.2 52.7, -0.8 52.7, -0.8 53.1, -1.2 53.1, -1.2 52.7))", 6)]
    [InlineData("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0), (0.2 0.2, 0.2 0.8, 0.8 0.8, 0.8 0.2, 0.2 0.2))", 6)]
    [InlineData("POLYGON ((-1.123456789 52.987654321, -1.1234561 53.5, -0.500000049 53.4999995, -1.123456789 52.987654321))", 6)]
    [InlineData("POLYGON ((-1.123456789 52.987654321, -1.1234561 53.5, -0.500000049 53.4999995, -1.123456789 52.987654321))", 2)]
    [InlineData("MULTIPOLYGON (((0 0, 0 1, 1 1, 1 0, 0 0)), ((2 0, 3 0, 3 1, 2 1, 2 0), (2.1 0.1, 2.1 0.9, 2.9 0.9, 2.1 0.1)))", 6)]
    [InlineData("POLYGON ((0.0000004 0, 0.0000004 0.0000004, 0 0.0000004, 0 0, 0.0000004 0))", 6)]
    [InlineData("POLYGON Z ((0 0 5, 0 1 6, 1 1 7, 0 0 5))", 6)]
    public void Write_Polygonal_SameTextAsNetTopologySuiteOnARoundedCopy(string wkt, int decimals)
    {
        var geometry = Wkt.Read(wkt);
        var copy = geometry.Copy();
        copy.Apply(new LonLatRounding(decimals, "Feature 1"));

        Assert.Equal(JsonSerializer.Serialize(copy, NetTopologySuiteOptions), Written(geometry, decimals));
    }

    [Fact]
    public void Write_CoordinateOutsideLonLat_ThrowsNamingTheFeatureAndCoordinate()
    {
        var error = Assert.Throws<ArgumentException>(() => Written(Wkt.Read("POLYGON ((430000 280000, 430100 280000, 430100 280100, 430000 280000))"), 6));

        Assert.Equal("Feature 1 has coordinate (430000, 280000) outside longitude ±180 / latitude ±90: GeoJSON must be WGS 84 lon/lat; reproject it first.", error.Message);
    }

    [Theory]
    [InlineData("POINT (1 2)")]
    [InlineData("POLYGON EMPTY")]
    [InlineData("GEOMETRYCOLLECTION (POLYGON ((0 0, 1 0, 1 1, 0 0)))")]
    public void CanWrite_NotANonEmptyPolygonOrMultiPolygon_IsFalse(string wkt) => Assert.False(GeoJsonPolygons.CanWrite(Wkt.Read(wkt)));

    private static string Written(Geometry geometry, int decimals)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonProperties.WriterOptions))
        {
            GeoJsonPolygons.Write(json, geometry, decimals, "Feature 1");
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
