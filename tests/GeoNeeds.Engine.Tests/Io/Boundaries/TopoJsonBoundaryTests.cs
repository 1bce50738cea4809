using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Boundaries;
using static GeoNeeds.Engine.Tests.Io.Boundaries.BoundaryFixture;

namespace GeoNeeds.Engine.Tests.Io.Boundaries;

/// <summary>Invented topologies whose coordinates and areas are worked out by hand in each test.</summary>
public class TopoJsonBoundaryTests
{
    // Two unit squares sharing the edge x = 1: arc 0 is that edge, walked upwards; arcs 1 and 2 are the rest
    // of the west and east squares. The east square walks arc 0 backwards (~0 = -1).
    private const string SharedEdgeArcs = "[[[1,0],[1,1]], [[1,1],[0,1],[0,0],[1,0]], [[1,0],[2,0],[2,1],[1,1]]]";

    private const string WestAndEast = """
        {"type":"GeometryCollection","geometries":[
          {"type":"Polygon","properties":{"WD13CD":"X05000001","WD13NM":"West"},"arcs":[[0,1]]},
          {"type":"Polygon","properties":{"WD13CD":"X05000002","WD13NM":"East"},"arcs":[[2,-1]]}]}
        """;

    [Fact]
    public void Read_QuantizedTopology_AppliesDeltasScaleAndTranslate()
    {
        // Deltas (0,0),(4,0),(0,4),(-4,0),(0,-4) sum to grid points (0,0),(4,0),(4,4),(0,4),(0,0); x = -2 + 0.5 × gx and
        // y = 52 + 0.25 × gy give the 2° × 1° rectangle below, area 2 square degrees (all values exact in binary).
        var json = Topology(
            """{"wards":{"type":"GeometryCollection","geometries":[{"type":"Polygon","properties":{"WD13CD":"X05000001"},"arcs":[[0]]}]}}""",
            "[[[0,0],[4,0],[0,4],[-4,0],[0,-4]]]",
            """{"scale":[0.5,0.25],"translate":[-2,52]}""");

        var layer = BoundaryReader.Read(TestFiles.Write("wards.topojson", json));

        var area = Assert.Single(layer.Areas);
        Assert.Equal([(-2.0, 52.0), (0.0, 52.0), (0.0, 53.0), (-2.0, 53.0), (-2.0, 52.0)], Positions(area));
        Assert.Equal(2.0, area.Geometry.Area, 1e-12);
        Assert.Equal(CoordinateSystem.Wgs84, layer.CoordinateSystem);
    }

    [Fact]
    public void Read_NegativeArcIndex_WalksTheSharedArcBackwards()
    {
        var layer = BoundaryReader.Read(TestFiles.Write("wards.topojson", Topology($$"""{"wards":{{WestAndEast}}}""", SharedEdgeArcs)));

        // East: arc 2 forward, then arc 0 from (1,1) back to (1,0), its first point dropped as it repeats arc 2's last.
        Assert.Equal([(1.0, 0.0), (2.0, 0.0), (2.0, 1.0), (1.0, 1.0), (1.0, 0.0)], Positions(layer.Find("X05000002")!));
        Assert.Equal([(1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0), (1.0, 0.0)], Positions(layer.Find("X05000001")!));
        Assert.Equal("East", layer.Find("X05000002")!.Name);
        Assert.Equal(0, layer.RepairedGeometries);
    }

    [Fact]
    public void Read_PolygonWithHole_SubtractsTheHole()
    {
        // A 4 × 4 square less a 2 × 2 hole: 16 − 4 = 12.
        var json = Topology(
            """{"lsoa":{"type":"Polygon","properties":{"LSOA11CD":"X01000001"},"arcs":[[0],[1]]}}""",
            "[[[0,0],[4,0],[4,4],[0,4],[0,0]], [[1,1],[1,3],[3,3],[3,1],[1,1]]]");

        var polygon = Assert.IsType<NetTopologySuite.Geometries.Polygon>(BoundaryReader.Read(TestFiles.Write("lsoa.topojson", json)).Areas[0].Geometry);

        Assert.Equal(1, polygon.NumInteriorRings);
        Assert.Equal(12.0, polygon.Area, 1e-12);
    }

    [Fact]
    public void Read_MultiPolygon_KeepsEveryPart()
    {
        // The holed square above (12) and a separate unit square: 13.
        var json = Topology(
            """{"lsoa":{"type":"MultiPolygon","properties":{"LSOA11CD":"X01000001"},"arcs":[[[0],[1]],[[2]]]}}""",
            "[[[0,0],[4,0],[4,4],[0,4],[0,0]], [[1,1],[1,3],[3,3],[3,1],[1,1]], [[5,0],[6,0],[6,1],[5,1],[5,0]]]");

        var geometry = BoundaryReader.Read(TestFiles.Write("lsoa.topojson", json)).Areas[0].Geometry;

        Assert.Equal(2, geometry.NumGeometries);
        Assert.Equal(13.0, geometry.Area, 1e-12);
    }

    [Fact]
    public void Read_ObjectNamed_ReadsThatObjectNotTheFirst()
    {
        var json = Topology(
            $$"""{"lad":{"type":"Polygon","properties":{"LAD13CD":"X06000001"},"arcs":[[0,1]]},"wards":{{WestAndEast}}}""",
            SharedEdgeArcs);
        var file = TestFiles.Write("areas.topojson", json);

        Assert.Equal(["X06000001"], BoundaryReader.Read(file).Areas.Select(a => a.Code));
        Assert.Equal(["X05000001", "X05000002"], BoundaryReader.Read(file, new() { LayerWithinFile = "wards" }).Areas.Select(a => a.Code));
    }

    [Fact]
    public void Read_ObjectNameAbsent_ThrowsListingTheObjects()
    {
        var file = TestFiles.Write("areas.topojson", Topology($$"""{"lad":{{WestAndEast}},"wards":{{WestAndEast}}}""", SharedEdgeArcs));

        Assert.Equal($"{file}: the topology has no object 'lsoa'; its objects are: lad, wards.", ReadError(file, new() { LayerWithinFile = "lsoa" }));
    }

    [Fact]
    public void Read_CrsMemberOnTheObject_GivesTheCoordinateSystem()
    {
        var json = Topology(
            """{"lsoa":{"type":"Polygon","crs":{"type":"name","properties":{"name":"EPSG:27700"}},"properties":{"LSOA11CD":"X01000001"},"arcs":[[0]]}}""",
            "[[[400000,300000],[400004,300000],[400004,300004],[400000,300004],[400000,300000]]]");

        Assert.Equal(CoordinateSystem.BritishNationalGrid, BoundaryReader.Read(TestFiles.Write("lsoa.topojson", json)).CoordinateSystem);
    }

    [Theory]
    [InlineData("wards.topojson.gz")]
    [InlineData("wards.json.gz")]
    public void Read_GzippedTopology_ReadsItAsTopoJson(string name)
    {
        var layer = BoundaryReader.Read(WriteGzip(name, Topology($$"""{"wards":{{WestAndEast}}}""", SharedEdgeArcs)));

        Assert.Equal(2, layer.Count);
    }

    [Fact]
    public void Read_TopologyInGeoJsonExtension_IsReadByItsType()
    {
        var layer = BoundaryReader.Read(TestFiles.Write("wards.geojson", Topology($$"""{"wards":{{WestAndEast}}}""", SharedEdgeArcs)));

        Assert.Equal(2, layer.Count);
    }

    [Fact]
    public void Read_ArcIndexBeyondTheArcs_ThrowsNamingFeatureAndArc()
    {
        var json = Topology("""{"lsoa":{"type":"Polygon","properties":{"LSOA11CD":"X01000001"},"arcs":[[0,5]]}}""", SharedEdgeArcs);
        var file = TestFiles.Write("lsoa.topojson", json);

        Assert.Equal($"{file}:1:arcs: feature 1 refers to arc 5, but the topology has arcs 0 to 2.", ReadError(file));
    }

    [Fact]
    public void Read_RingThatDoesNotClose_ThrowsNamingTheFeature()
    {
        var json = Topology("""{"lsoa":{"type":"Polygon","properties":{"LSOA11CD":"X01000001"},"arcs":[[1]]}}""", SharedEdgeArcs);
        var file = TestFiles.Write("lsoa.topojson", json);

        Assert.StartsWith($"{file}:1:arcs: feature 1 has a ring that is not closed or has fewer than four positions:", ReadError(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LineStringObject_ThrowsThatAreasMustBePolygons()
    {
        var json = Topology(
            """{"wards":{"type":"GeometryCollection","geometries":[{"type":"Polygon","properties":{"WD13CD":"X05000001"},"arcs":[[0,1]]},{"type":"LineString","properties":{"WD13CD":"X05000002"},"arcs":[0]}]}}""",
            SharedEdgeArcs);
        var file = TestFiles.Write("wards.topojson", json);

        Assert.Equal($"{file}:2:geometry: feature 2 is a TopoJSON LineString; boundary files must hold Polygon or MultiPolygon geometries.", ReadError(file));
    }

    private static string Topology(string objects, string arcs, string? transform = null) =>
        $$"""{"type":"Topology",{{(transform is null ? "" : $"\"transform\":{transform},")}}"objects":{{objects}},"arcs":{{arcs}}}""";

    private static (double X, double Y)[] Positions(Area area) => area.Geometry.Coordinates.Select(c => (c.X, c.Y)).ToArray();
}
