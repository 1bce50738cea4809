using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Boundaries;
using static GeoNeeds.Engine.Tests.Io.Boundaries.BoundaryFixture;

namespace GeoNeeds.Engine.Tests.Io.Boundaries;

public class GeoJsonBoundaryTests
{
    private static readonly string TwoLonLatAreas = GeoJson(
        Crs84,
        ("""{"LSOA11CD":"X01000001","LSOA11NM":"Invented 001A"}""", LonLatSquare),
        ("""{"LSOA11CD":"X01000002","LSOA11NM":"Invented 001B"}""", LonLatSquareEast));

    [Fact]
    public void Read_GeoJsonWithCrs84Member_ReadsCodesNamesAreasInWgs84()
    {
        var layer = BoundaryReader.Read(TestFiles.Write("areas.geojson", TwoLonLatAreas), new() { LayerName = "lsoa" });

        Assert.Equal("lsoa", layer.Name);
        Assert.Equal(CoordinateSystem.Wgs84, layer.CoordinateSystem);
        Assert.Equal(["X01000001", "X01000002"], layer.Areas.Select(a => a.Code));
        Assert.Equal("Invented 001B", layer.Find("X01000002")?.Name);
        Assert.Equal(1e-4, layer.Find("X01000001")!.Geometry.Area, 1e-12);
        Assert.Equal(0, layer.RepairedGeometries);
    }

    [Fact]
    public void Read_ParentFieldNamed_KeepsEachAreasParentCode()
    {
        var file = TestFiles.Write("areas.geojson", BoundaryFixture.GeoJson(null,
            ("""{"LSOA11CD":"X01000001","LAD_CD":"X06000001"}""", BoundaryFixture.LonLatSquare),
            ("""{"LSOA11CD":"X01000002","LAD_CD":null}""", BoundaryFixture.LonLatSquareEast)));

        var layer = BoundaryReader.Read(file, new() { ParentField = "LAD_CD" });

        Assert.Equal(["X06000001", null], layer.Areas.Select(a => a.Parent));
    }

    [Fact]
    public void Read_ParentFieldAbsent_ThrowsNamingTheProperties()
    {
        var file = TestFiles.Write("areas.geojson", BoundaryFixture.GeoJson(null, ("""{"LSOA11CD":"X01000001"}""", BoundaryFixture.LonLatSquare)));

        var message = BoundaryFixture.ReadError(file, new() { ParentField = "LAD_CD" });

        Assert.EndsWith("areas.geojson:1:LAD_CD: feature 1 has no parent code property 'LAD_CD'; its properties are: LSOA11CD.", message);
    }

    [Fact]
    public void Read_GeoJsonWithEpsg27700CrsMember_ReadsBritishNationalGrid()
    {
        var json = GeoJson("urn:ogc:def:crs:EPSG::27700", ("""{"WD13CD":"X05000001"}""", GridSquare));

        var layer = BoundaryReader.Read(TestFiles.Write("wards.geojson", json));

        Assert.Equal(CoordinateSystem.BritishNationalGrid, layer.CoordinateSystem);
        Assert.Equal(27700, layer.Areas[0].Geometry.SRID);
        Assert.Equal(1e6, layer.Areas[0].Geometry.Area, 1e-6);
    }

    [Fact]
    public void Read_OlderEpsgCrsMember_ReadsItsCode()
    {
        var json = GeoJson(null, ("""{"WD13CD":"X05000001"}""", GridSquare)).Replace(
            "{\"type\":\"FeatureCollection\",",
            "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"EPSG\",\"properties\":{\"code\":27700}},",
            StringComparison.Ordinal);

        Assert.Equal(CoordinateSystem.BritishNationalGrid, BoundaryReader.Read(TestFiles.Write("wards.json", json)).CoordinateSystem);
    }

    [Fact]
    public void Read_CrsMemberOfUnsupportedSystem_Throws()
    {
        var file = TestFiles.Write("areas.geojson", GeoJson("urn:ogc:def:crs:EPSG::3857", ("""{"WD13CD":"X05000001"}""", GridSquare)));

        Assert.StartsWith($"{file}: the crs member names a coordinate system GeoNeeds does not read.", ReadError(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoCrsAndGridRange_InfersBritishNationalGrid()
    {
        var layer = BoundaryReader.Read(TestFiles.Write("wards.geojson", GeoJson(null, ("""{"WD13CD":"X05000001"}""", GridSquare))));

        Assert.Equal(CoordinateSystem.BritishNationalGrid, layer.CoordinateSystem);
    }

    [Fact]
    public void Read_NoCrsAndLonLatRange_InfersWgs84()
    {
        var layer = BoundaryReader.Read(TestFiles.Write("wards.geojson", GeoJson(null, ("""{"WD13CD":"X05000001"}""", LonLatSquare))));

        Assert.Equal(CoordinateSystem.Wgs84, layer.CoordinateSystem);
    }

    [Fact]
    public void Read_OptionsCoordinateSystem_OverridesCrsMember()
    {
        var options = new BoundaryReadOptions { CoordinateSystem = CoordinateSystem.BritishNationalGrid };

        var layer = BoundaryReader.Read(TestFiles.Write("areas.geojson", GeoJson(Crs84, ("""{"LSOA11CD":"X01000001"}""", GridSquare))), options);

        Assert.Equal(CoordinateSystem.BritishNationalGrid, layer.CoordinateSystem);
    }

    [Fact]
    public void Read_NoCrsAndRangeOfNeitherSystem_ThrowsSayingHowToStateIt()
    {
        const string webMercatorSquare = "POLYGON ((-166000 6868000, -165000 6868000, -165000 6869000, -166000 6869000, -166000 6868000))";
        var file = TestFiles.Write("areas.geojson", GeoJson(null, ("""{"WD13CD":"X05000001"}""", webMercatorSquare)));

        var message = ReadError(file);

        Assert.StartsWith($"{file}: the coordinate system could not be determined", message, StringComparison.Ordinal);
        Assert.Contains("x -166000..-165000, y 6868000..6869000", message, StringComparison.Ordinal);
        Assert.Contains("State it in the boundary options as EPSG:4326 or EPSG:27700", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("areas.geojson.gz")]
    [InlineData("areas.json.gz")]
    [InlineData("AREAS.GEOJSON.GZ")]
    public void Read_GzippedGeoJson_ReadsTheSameAreas(string name)
    {
        var layer = BoundaryReader.Read(WriteGzip(name, TwoLonLatAreas));

        Assert.Equal(["X01000001", "X01000002"], layer.Areas.Select(a => a.Code));
        Assert.Equal(1e-4, layer.Areas[1].Geometry.Area, 1e-12);
    }

    [Fact]
    public void Read_BowTie_RepairsAndCountsIt()
    {
        // The bow-tie's two lobes are triangles of area 1 each (base 2, height 1); repaired, the area is 2.
        var json = GeoJson(null,
            ("""{"LSOA11CD":"X01000001"}""", "POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))"),
            ("""{"LSOA11CD":"X01000002"}""", "POLYGON ((3 0, 4 0, 4 1, 3 1, 3 0))"));

        var layer = BoundaryReader.Read(TestFiles.Write("areas.geojson", json));

        Assert.Equal(1, layer.RepairedGeometries);
        Assert.True(layer.Areas[0].Geometry.IsValid);
        Assert.Equal(2.0, layer.Areas[0].Geometry.Area, 1e-12);
    }

    [Fact]
    public void Read_RingOfCollinearPoints_ThrowsThatItRepairsToNothing()
    {
        var file = TestFiles.Write("areas.geojson", GeoJson(null,
            ("""{"LSOA11CD":"X01000001"}""", LonLatSquare),
            ("""{"LSOA11CD":"X01000002"}""", "POLYGON ((0 0, 1 1, 2 2, 0 0))")));

        Assert.Equal($"{file}:2:geometry: feature 2 (X01000002) has an invalid polygon that repairs to nothing (no area is left).", ReadError(file));
    }

    [Fact]
    public void Read_DuplicateCodes_ThrowsNamingTheCodeAndBothFeatures()
    {
        var file = TestFiles.Write("areas.geojson", GeoJson(null,
            ("""{"LSOA11CD":"X01000001"}""", LonLatSquare),
            ("""{"LSOA11CD":"X01000002"}""", LonLatSquareEast),
            ("""{"LSOA11CD":"X01000001"}""", LonLatSquareEast)));

        Assert.Equal($"{file}:3:LSOA11CD: feature 3 has area code X01000001, which feature 1 already has; area codes must be unique.", ReadError(file));
    }

    [Theory]
    [InlineData("""{"LSOA11CD":null}""")]
    [InlineData("""{"LSOA11CD":"  "}""")]
    public void Read_FeatureWithoutCodeValue_ThrowsNamingFeatureAndField(string properties)
    {
        var file = TestFiles.Write("areas.geojson", GeoJson(null, ("""{"LSOA11CD":"X01000001"}""", LonLatSquare), (properties, LonLatSquareEast)));

        Assert.Equal($"{file}:2:LSOA11CD: feature 2 has no area code.", ReadError(file));
    }

    [Fact]
    public void Read_LineStringFeature_ThrowsThatAreasMustBePolygons()
    {
        var file = TestFiles.Write("areas.geojson", GeoJson(null,
            ("""{"LSOA11CD":"X01000001"}""", LonLatSquare),
            ("""{"LSOA11CD":"X01000002"}""", "LINESTRING (0 0, 1 1)")));

        Assert.Equal($"{file}:2:geometry: feature 2 is a LineString; boundary files must hold Polygon or MultiPolygon geometries.", ReadError(file));
    }

    [Fact]
    public void Read_FeatureWithoutGeometry_ThrowsNamingTheFeature()
    {
        var file = TestFiles.Write("areas.geojson", GeoJson(null, ("""{"LSOA11CD":"X01000001"}""", null)));

        Assert.Equal($"{file}:1:geometry: feature 1 has no geometry; every area needs a Polygon or MultiPolygon.", ReadError(file));
    }

    [Fact]
    public void Read_EmptyFile_ThrowsThatTheFileIsEmpty()
    {
        var file = TestFiles.Write("areas.geojson", "");

        Assert.Equal($"{file}: the file is empty.", ReadError(file));
    }

    [Fact]
    public void Read_EmptyFeatureCollection_ThrowsThatThereAreNoAreas()
    {
        var file = TestFiles.Write("areas.geojson", """{"type":"FeatureCollection","features":[]}""");

        Assert.Equal($"{file}: the boundary file holds no features, so there are no areas to read.", ReadError(file));
    }

    [Fact]
    public void Read_TextThatIsNotJson_ThrowsWithTheLine()
    {
        var file = TestFiles.Write("areas.geojson", "{\"type\":\"FeatureCollection\",\n\"features\": [ nonsense ]}");

        Assert.StartsWith($"{file}:2: the file is not valid GeoJSON or TopoJSON:", ReadError(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SingleFeatureInsteadOfCollection_ThrowsNamingWhatItIs()
    {
        var file = TestFiles.Write("areas.geojson", $$"""{"type":"Feature","properties":{},"geometry":{{GeoJsonGeometry(LonLatSquare)}}}""");

        Assert.Equal($"{file}: the file is a GeoJSON or TopoJSON \"Feature\"; a boundary file must be a GeoJSON FeatureCollection or a TopoJSON Topology.", ReadError(file));
    }

    [Fact]
    public void Read_MissingFile_ThrowsThatItDoesNotExist()
    {
        var file = Path.Combine(TestFiles.NewFolder(), "absent.geojson");

        Assert.Equal($"{file}: the boundary file does not exist.", ReadError(file));
    }

    [Fact]
    public void Read_UnrecognisedExtension_ThrowsListingTheFormatsRead()
    {
        var file = TestFiles.Write("areas.kml", "<kml/>");

        Assert.StartsWith($"{file}: unrecognised boundary file type: GeoNeeds reads .geojson, .json and .topojson", ReadError(file), StringComparison.Ordinal);
    }
}
