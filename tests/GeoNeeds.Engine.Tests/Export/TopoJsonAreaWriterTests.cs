using System.Globalization;
using System.Text.Json;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Io.Boundaries;

namespace GeoNeeds.Engine.Tests.Export;

public class TopoJsonAreaWriterTests
{
    [Fact]
    public void Write_TwoSquaresSharingAnEdge_StoresTheEdgeOnceAndWalksItBothWays()
    {
        using var topology = WriteAndParse(ExportFeatures.WestAndEast);

        // Arcs: the shared edge x = −1.50, and the rest of each square; the shared one is used forwards by one
        // square and backwards (ones' complement) by the other.
        var arcs = topology.RootElement.GetProperty("arcs").EnumerateArray().ToList();
        Assert.Equal(3, arcs.Count);
        var rings = Geometries(topology).Select(g => g.GetProperty("arcs")[0].EnumerateArray().Select(a => a.GetInt32()).ToList()).ToList();
        var shared = rings[0].Intersect(rings[1].Select(a => ~a)).ToList();
        Assert.Single(shared);
    }

    [Fact]
    public void Write_GridOfSquares_StoresEverySegmentOnce()
    {
        // A 3 × 3 grid of 0.01° squares has 12 horizontal and 12 vertical unit segments, each stored in exactly one arc.
        var squares = Enumerable.Range(0, 9).Select(i => ExportFeatures.Area(
            $"X0100000{i}", Square(-1.5 + (i % 3 * 0.01), 52.4 + (i / 3 * 0.01)), $"Square {i}", i, false, i)).ToList();

        using var topology = WriteAndParse(squares);

        Assert.Equal(24, topology.RootElement.GetProperty("arcs").EnumerateArray().Sum(a => a.GetArrayLength() - 1));
    }

    [Fact]
    public void Write_IslandInAHole_SharesTheWholeRing()
    {
        var donut = ExportFeatures.Area("X01000001", "POLYGON ((0 0, 3 0, 3 3, 0 3, 0 0), (1 1, 1 2, 2 2, 2 1, 1 1))", "Donut", 1L, false, 1.0);
        var island = ExportFeatures.Area("X01000002", "POLYGON ((1 1, 2 1, 2 2, 1 2, 1 1))", "Island", 2L, false, 2.0);

        using var topology = WriteAndParse([donut, island]);

        // The hole and the island are one closed arc, walked clockwise by the hole and counter-clockwise by the island.
        Assert.Equal(2, topology.RootElement.GetProperty("arcs").GetArrayLength());
        var geometries = Geometries(topology);
        Assert.Equal(geometries[0].GetProperty("arcs")[1][0].GetInt32(), ~geometries[1].GetProperty("arcs")[0][0].GetInt32());
    }

    [Fact]
    public void Write_Features_CarryTheAreaCodeAsIdAndTypedProperties()
    {
        using var topology = WriteAndParse(ExportFeatures.WestAndEast);

        var geometries = Geometries(topology);
        Assert.Equal(["X01000001", "X01000002"], geometries.Select(g => g.GetProperty("id").GetString()));
        var east = geometries[1].GetProperty("properties");
        Assert.Equal(JsonValueKind.Null, east.GetProperty("violence_count").ValueKind);
        Assert.True(east.GetProperty("violence_count_suppressed").GetBoolean());
        Assert.Equal("288.3", geometries[0].GetProperty("properties").GetProperty("violence_rate").GetRawText());
    }

    [Fact]
    public void Write_ThenRead_GivesBackTheAreas()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "lsoa.topojson");
        TopoJsonAreaWriter.Write(path, "lsoa", ExportFeatures.WestAndEast);

        var layer = BoundaryReader.Read(path, new BoundaryReadOptions { CodeField = "area_code", NameField = "area_name" });

        Assert.Equal(["X01000001", "X01000002"], layer.Areas.Select(a => a.Code));
        Assert.Equal("Ynys Môn", layer.Areas[0].Name);
        for (var i = 0; i < 2; i++)
        {
            // The quantization grid is 1e-6°, so the decoded squares match the originals to 1e-9.
            Assert.True(layer.Areas[i].Geometry.Normalized().EqualsExact(ExportFeatures.WestAndEast[i].Geometry.Normalized(), 1e-9));
        }
    }

    private static string Square(double x, double y) => string.Create(
        CultureInfo.InvariantCulture, $"POLYGON (({x} {y}, {x + 0.01} {y}, {x + 0.01} {y + 0.01}, {x} {y + 0.01}, {x} {y}))");

    private static List<JsonElement> Geometries(JsonDocument topology) =>
        [.. topology.RootElement.GetProperty("objects").GetProperty("lsoa").GetProperty("geometries").EnumerateArray()];

    private static JsonDocument WriteAndParse(IReadOnlyList<AreaFeature> features)
    {
        var path = Path.Combine(TestFiles.NewFolder(), "lsoa.topojson");
        TopoJsonAreaWriter.Write(path, "lsoa", features);
        return JsonDocument.Parse(File.ReadAllText(path));
    }
}
