using System.Text;
using System.Text.Json;
using GeoNeeds.Engine.Io.Boundaries;
using NetTopologySuite.Features;

namespace GeoNeeds.Engine.Tests.Io.Boundaries;

public class GeoJsonFeatureScannerTests
{
    [Fact]
    public void TryRead_PolygonsAndMultiPolygons_BuildsTheFeaturesTheGeneralReaderBuilds()
    {
        var json = BoundaryFixture.GeoJson(BoundaryFixture.Crs84,
            ("""{"LSOA11CD":"X01000001","LSOA11NM":"Invented 001A","FID":7,"Shape__Area":1.50}""", BoundaryFixture.LonLatSquare),
            ("""{"LSOA11CD":"X01000002","LSOA11NM":null}""", "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5), (5.5 5.2, 5.8 5.2, 5.8 5.5, 5.5 5.2)))"));
        var general = JsonSerializer.Deserialize<FeatureCollection>(json, JsonBoundaryFile.Options)!;

        var scanned = GeoJsonFeatureScanner.TryRead("test.geojson", Encoding.UTF8.GetBytes(json))!;

        Assert.Equal(general.Count, scanned.Features.Count);
        for (var i = 0; i < general.Count; i++)
        {
            Assert.True(general[i].Geometry.EqualsExact(scanned.Features[i].Geometry), $"feature {i + 1} geometry");
            Assert.Equal(general[i].Attributes.GetNames(), scanned.Features[i].Attributes.GetNames());
            Assert.Equal(general[i].Attributes.GetValues(), scanned.Features[i].Attributes.GetValues());
        }

        Assert.Equal(Engine.Geo.CoordinateSystem.Wgs84, scanned.StatedCoordinateSystem);
    }

    [Fact]
    public void TryRead_GeometryTypeAfterCoordinates_ReadsThePolygon()
    {
        var json = """{"features":[{"geometry":{"coordinates":[[[0,0],[1,0],[1,1],[0,0]]],"type":"Polygon"},"properties":{"CD":"A"},"type":"Feature"}],"type":"FeatureCollection"}""";

        var scanned = GeoJsonFeatureScanner.TryRead("test.geojson", Encoding.UTF8.GetBytes(json))!;

        Assert.Equal("POLYGON ((0 0, 1 0, 1 1, 0 0))", scanned.Features[0].Geometry.AsText());
    }

    /// <remarks>Each is left to the general reader, which reads it or reports its problem with a line number.</remarks>
    [Theory]
    [InlineData("""{"type":"Topology","objects":{},"arcs":[]}""")]
    [InlineData("""{"type":"FeatureCollection","features":[]}""")]
    [InlineData("""{"Type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}""")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[0,0]}}]}""")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null}]}""")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0,5],[1,0,5],[1,1,5],[0,0,5]]]}}]}""")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}}]}""")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},]}""")]
    public void TryRead_FileItDoesNotHandle_ReturnsNull(string json) =>
        Assert.Null(GeoJsonFeatureScanner.TryRead("test.geojson", Encoding.UTF8.GetBytes(json)));
}
