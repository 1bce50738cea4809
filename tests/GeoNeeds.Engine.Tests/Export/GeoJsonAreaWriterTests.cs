using System.Text.Json;
using GeoNeeds.Engine.Export;
using NetTopologySuite.IO;

namespace GeoNeeds.Engine.Tests.Export;

public class GeoJsonAreaWriterTests
{
    // A 1° × 1° square near Coventry given clockwise (as shapefiles store exteriors) with a counter-clockwise hole.
    private const string ClockwiseSquareWithHole =
        "POLYGON ((-1.5 52.4, -1.5 53.4, -0.5 53.4, -0.5 52.4, -1.5 52.4), (-1.2 52.7, -0.8 52.7, -0.8 53.1, -1.2 53.1, -1.2 52.7))";

    private static readonly WKTReader Wkt = new();

    [Fact]
    public void Write_AnyFeature_IsFeatureCollectionWithoutCrs()
    {
        using var document = WriteAndParse(Feature(ClockwiseSquareWithHole));

        var root = document.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        Assert.False(root.TryGetProperty("crs", out _));
        var feature = Assert.Single(root.GetProperty("features").EnumerateArray());
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        Assert.False(feature.GetProperty("geometry").TryGetProperty("crs", out _));
    }

    [Fact]
    public void Write_FeatureWithId_WritesItAsTheFeaturesId()
    {
        using var document = WriteAndParse(Feature(ClockwiseSquareWithHole) with { Id = "E01009700" });

        Assert.Equal("E01009700", document.RootElement.GetProperty("features")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Write_ClockwisePolygonWithHole_WritesCounterClockwiseExteriorAndClockwiseHole()
    {
        using var document = WriteAndParse(Feature(ClockwiseSquareWithHole));

        var rings = Geometry(document).GetProperty("coordinates").EnumerateArray().ToList();

        // Shoelace signed areas computed here from the written numbers: +1 (CCW) for the 1° × 1° exterior,
        // -0.16 (CW) for the 0.4° × 0.4° hole; tolerance 1e-9 for the decimal rounding of the inputs.
        Assert.Equal(2, rings.Count);
        Assert.Equal(1.0, SignedArea(rings[0]), 1e-9);
        Assert.Equal(-0.16, SignedArea(rings[1]), 1e-9);
    }

    [Fact]
    public void Write_MultiPolygon_OrientsEveryPolygon()
    {
        using var document = WriteAndParse(Feature(
            "MULTIPOLYGON (((0 0, 0 1, 1 1, 1 0, 0 0)), ((2 0, 3 0, 3 1, 2 1, 2 0)))"));

        var geometry = Geometry(document);
        var polygons = geometry.GetProperty("coordinates").EnumerateArray().ToList();

        // First polygon given clockwise, second counter-clockwise: both come out CCW with signed area +1.
        Assert.Equal("MultiPolygon", geometry.GetProperty("type").GetString());
        Assert.Equal(2, polygons.Count);
        Assert.All(polygons, polygon => Assert.Equal(1.0, SignedArea(polygon[0]), 1e-12));
    }

    [Fact]
    public void Write_LongCoordinate_IsRoundedToSixDecimals()
    {
        using var document = WriteAndParse(Feature(
            "POLYGON ((-1.51234567891 52.40812345678, -1.5 52.5, -1.4 52.4, -1.51234567891 52.40812345678))"));

        var first = Geometry(document).GetProperty("coordinates")[0][0];

        // Rounded half away from zero by hand: -1.51234567891 → -1.512346, 52.40812345678 → 52.408123.
        Assert.Equal("-1.512346", first[0].GetRawText());
        Assert.Equal("52.408123", first[1].GetRawText());
    }

    [Fact]
    public void Write_PolygonWithHole_RoundsTheHoleToo()
    {
        using var document = WriteAndParse(Feature(
            "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2.1234567 2.1234567, 3 2, 3 3, 2.1234567 2.1234567))"));

        var hole = Geometry(document).GetProperty("coordinates")[1];

        // By hand: 2.1234567 to six decimals is 2.123457; the geometry carries no bounding box.
        Assert.Contains(hole.EnumerateArray(), p => p[0].GetRawText() == "2.123457" && p[1].GetRawText() == "2.123457");
        Assert.False(Geometry(document).TryGetProperty("bbox", out _));
    }

    [Fact]
    public void Write_TwoDecimals_RoundsToTwoDecimals()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "coarse.geojson");

        GeoJsonAreaWriter.Write(path, [Feature("POLYGON ((0.123 0.456, 1 0, 1 1, 0.123 0.456))")], decimals: 2);

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var first = Geometry(document).GetProperty("coordinates")[0][0];
        Assert.Equal("0.12", first[0].GetRawText());
        Assert.Equal("0.46", first[1].GetRawText());
    }

    [Fact]
    public void Write_Properties_KeepOrderAndJsonTypes()
    {
        using var document = WriteAndParse(Feature(ClockwiseSquareWithHole,
            ("code", "X01000001"), ("name", "Ynys Môn"), ("count", 82), ("rate", 664.2365330093155), ("suppressed", false),
            ("lower", null), ("upper", double.NaN), ("ratio", double.PositiveInfinity), ("population", 12_345L)));

        var properties = document.RootElement.GetProperty("features")[0].GetProperty("properties").EnumerateObject().ToList();

        Assert.Equal(["code", "name", "count", "rate", "suppressed", "lower", "upper", "ratio", "population"], properties.Select(p => p.Name));
        Assert.Equal("X01000001", properties[0].Value.GetString());
        Assert.Equal("Ynys Môn", properties[1].Value.GetString());
        Assert.Equal(82, properties[2].Value.GetInt32());
        Assert.Equal(664.2365330093155, properties[3].Value.GetDouble());
        Assert.Equal(JsonValueKind.False, properties[4].Value.ValueKind);
        Assert.All(properties[5..8], p => Assert.Equal(JsonValueKind.Null, p.Value.ValueKind));
        Assert.Equal(12_345L, properties[8].Value.GetInt64());
    }

    [Fact]
    public void Write_Feature_LeavesTheCallersGeometryUnrounded()
    {
        var feature = Feature("POLYGON ((0.1234567 0.1234567, 1 0, 1 1, 0.1234567 0.1234567))");

        GeoJsonAreaWriter.Write(Path.Combine(TestFiles.NewFolder(), "a.geojson"), [feature]);

        Assert.Equal(0.1234567, feature.Geometry.Coordinates[0].X);
    }

    [Fact]
    public void Write_BritishNationalGridCoordinates_ThrowsAndKeepsTheOldFile()
    {
        var path = TestFiles.Write("areas.geojson", "old");
        var grid = Feature("POLYGON ((430000 280000, 431000 280000, 431000 281000, 430000 280000))");

        var error = Assert.Throws<ArgumentException>(() => GeoJsonAreaWriter.Write(path, [Feature(ClockwiseSquareWithHole), grid]));

        Assert.StartsWith("Feature 2 of areas.geojson has coordinate (430000, 280000) outside longitude ±180 / latitude ±90", error.Message);
        Assert.Equal("old", File.ReadAllText(path));
    }

    [Fact]
    public void Write_RepeatedPropertyName_Throws()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "twice.geojson");

        var error = Assert.Throws<ArgumentException>(() => GeoJsonAreaWriter.Write(path, [Feature(ClockwiseSquareWithHole, ("code", "a"), ("code", "b"))]));

        Assert.Equal("Feature 1 of twice.geojson has more than one property called 'code'.", error.Message);
    }

    [Fact]
    public void Write_OtherValueTypes_AreJsonNumbersNullsOrText()
    {
        using var document = WriteAndParse(Feature(ClockwiseSquareWithHole,
            ("single", 0.5f), ("no single", float.NaN), ("money", 1.25m), ("big", ulong.MaxValue), ("byte", (byte)7),
            ("short", (short)-3), ("unsigned", 4u), ("day", new DateOnly(2025, 1, 2)), ("flag", true)));

        var properties = document.RootElement.GetProperty("features")[0].GetProperty("properties");

        Assert.Equal("0.5", properties.GetProperty("single").GetRawText());
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("no single").ValueKind);
        Assert.Equal("1.25", properties.GetProperty("money").GetRawText());
        Assert.Equal("18446744073709551615", properties.GetProperty("big").GetRawText());
        Assert.Equal(["7", "-3", "4"], new[] { "byte", "short", "unsigned" }.Select(n => properties.GetProperty(n).GetRawText()));
        Assert.Equal("2025-01-02", properties.GetProperty("day").GetString());
        Assert.Equal(JsonValueKind.True, properties.GetProperty("flag").ValueKind);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(16)]
    public void Write_DecimalsOutsideZeroToFifteen_Throws(int decimals)
    {
        var path = Path.Combine(TestFiles.NewFolder(), "decimals.geojson");

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => GeoJsonAreaWriter.Write(path, [Feature(ClockwiseSquareWithHole)], decimals));

        Assert.Equal("decimals", error.ParamName);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData(0, "3", "-3")]
    [InlineData(15, "2.5", "-2.5")]
    public void Write_HalfwayCoordinate_RoundsAwayFromZero(int decimals, string x, string y)
    {
        // 2.5 and -2.5 to whole degrees: away from zero gives 3 and -3 (banker's rounding would give 2 and -2).
        var path = Path.Combine(TestFiles.NewFolder(), "half.geojson");

        GeoJsonAreaWriter.Write(path, [Feature("POLYGON ((2.5 -2.5, 4 0, 4 1, 2.5 -2.5))")], decimals);

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var first = Geometry(document).GetProperty("coordinates")[0][0];
        Assert.Equal((x, y), (first[0].GetRawText(), first[1].GetRawText()));
    }

    [Fact]
    public void Write_CoordinatesOnTheEdgesOfLonLat_AreAccepted()
    {
        using var document = WriteAndParse(Feature("POLYGON ((-180 -90, 180 -90, 180 90, -180 -90))"));

        Assert.Equal("180", Geometry(document).GetProperty("coordinates")[0][1][0].GetRawText());
    }

    [Theory]
    [InlineData("POLYGON ((180.000001 0, 1 0, 1 1, 180.000001 0))", "(180.000001, 0)")]
    [InlineData("POLYGON ((0 -90.5, 1 0, 1 1, 0 -90.5))", "(0, -90.5)")]
    public void Write_CoordinateJustOutsideLonLat_Throws(string wkt, string coordinate)
    {
        var path = Path.Combine(TestFiles.NewFolder(), "outside.geojson");

        var error = Assert.Throws<ArgumentException>(() => GeoJsonAreaWriter.Write(path, [Feature(wkt)]));

        Assert.Equal($"Feature 1 of outside.geojson has coordinate {coordinate} outside longitude ±180 / latitude ±90: GeoJSON must be WGS 84 lon/lat; reproject it first.", error.Message);
    }

    internal static double SignedArea(JsonElement ring)
    {
        var points = ring.EnumerateArray().Select(p => (X: p[0].GetDouble(), Y: p[1].GetDouble())).ToList();
        return points.Zip(points.Skip(1), (a, b) => (a.X * b.Y) - (b.X * a.Y)).Sum() / 2;
    }

    private static AreaFeature Feature(string wkt, params (string Name, object? Value)[] properties) =>
        new(Wkt.Read(wkt), properties.Select(p => KeyValuePair.Create(p.Name, p.Value)).ToList());

    private static JsonDocument WriteAndParse(AreaFeature feature)
    {
        var path = Path.Combine(TestFiles.NewFolder(), "areas.geojson");
        GeoJsonAreaWriter.Write(path, [feature]);
        return JsonDocument.Parse(File.ReadAllText(path));
    }

    private static JsonElement Geometry(JsonDocument document) => document.RootElement.GetProperty("features")[0].GetProperty("geometry");
}
