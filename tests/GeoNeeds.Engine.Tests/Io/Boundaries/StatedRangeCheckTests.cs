using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Io.Tables;
using static GeoNeeds.Engine.Tests.Io.Boundaries.BoundaryFixture;

namespace GeoNeeds.Engine.Tests.Io.Boundaries;

/// <summary>A boundary file's stated coordinate system against the coordinates it holds, and vertices no map can hold.</summary>
public class StatedRangeCheckTests
{
    [Fact]
    public void Read_GridMetresDeclaredCrs84_ThrowsSayingTheyLookLikeGridMetres()
    {
        var file = TestFiles.Write("areas.geojson", GeoJson(Crs84, ("""{"LSOA11CD":"X01000001"}""", GridSquare), ("""{"LSOA11CD":"X01000002"}""", GridSquareEast)));

        Assert.Equal(
            $"{file}: coordinates run from 430000 to 432000 east and 278000 to 279000 north, which look like British National Grid metres, but the file declares CRS84 longitude/latitude (EPSG:4326); "
            + "correct the coordinate system the file states (its GeoJSON crs member, .prj or GeoPackage srs), or override it with crs: EPSG:27700 on the study's level.",
            ReadError(file));
    }

    [Fact]
    public void Read_LonLatDeclaredBritishGrid_ThrowsSayingTheyLookLikeDegrees()
    {
        var file = TestFiles.Write("areas.geojson", GeoJson("urn:ogc:def:crs:EPSG::27700", ("""{"LSOA11CD":"X01000001"}""", LonLatSquare)));

        Assert.StartsWith($"{file}: coordinates run from -1.5 to -1.49 east and 52.4 to 52.41 north, which look like longitude/latitude degrees, but the file declares British National Grid (EPSG:27700);", ReadError(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StudyCrsDisagreeingWithTheCoordinates_ThrowsNamingTheStudysCrs()
    {
        var file = TestFiles.Write("areas.geojson", GeoJson(null, ("""{"LSOA11CD":"X01000001"}""", GridSquare)));

        var message = ReadError(file, new BoundaryReadOptions { CoordinateSystem = CoordinateSystem.Wgs84 });

        Assert.EndsWith("but the study's crs declares CRS84 longitude/latitude (EPSG:4326); correct the level's crs in the study to EPSG:27700, or remove it so the file's own statement is used.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WebMercatorMetresDeclaredBritishGrid_ThrowsSayingTheyFitNeither()
    {
        const string webMercatorSquare = "POLYGON ((-166000 6868000, -165000 6868000, -165000 6869000, -166000 6869000, -166000 6868000))";
        var file = TestFiles.Write("areas.geojson", GeoJson("EPSG:27700", ("""{"LSOA11CD":"X01000001"}""", webMercatorSquare)));

        Assert.Contains("which fit neither longitude/latitude degrees nor British National Grid metres", ReadError(file), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("430000 1e308", "(430000, 1E+308)")]
    [InlineData("-1e20 278000", "(-1E+20, 278000)")]
    public void Read_VertexNoCoordinateCanBe_ThrowsNamingTheFeatureAndTheVertex(string vertex, string written)
    {
        var absurd = $"POLYGON ((430000 278000, 431000 278000, {vertex}, 430000 278000))";
        var file = TestFiles.Write("areas.geojson", GeoJson("EPSG:27700", ("""{"LSOA11CD":"X01000001"}""", GridSquare), ("""{"LSOA11CD":"X01000002"}""", absurd)));

        Assert.Equal($"{file}:2:geometry: feature 2 (X01000002) has a vertex at {written}, which is no longitude/latitude or British National Grid coordinate; correct or remove that vertex.", ReadError(file));
    }

    [Fact]
    public void Read_NoCrsAndGridRange_WarnsThatTheGridWasTakenFromTheRange()
    {
        var file = TestFiles.Write("areas.geojson", GeoJson(null, ("""{"LSOA11CD":"X01000001"}""", GridSquare)));
        var warnings = new List<InputWarning>();

        BoundaryReader.Read(file, null, warnings);

        Assert.Equal(new InputWarning(file, 0, "the file states no coordinate system; its coordinates (x 430000..431000, y 278000..279000) look like British National Grid metres and are read as EPSG:27700"), Assert.Single(warnings));
    }

    [Fact]
    public void Read_NoCrsAndLonLatRange_GivesNoWarning()
    {
        var warnings = new List<InputWarning>();

        BoundaryReader.Read(TestFiles.Write("areas.geojson", GeoJson(null, ("""{"LSOA11CD":"X01000001"}""", LonLatSquare))), null, warnings);

        Assert.Empty(warnings);
    }
}
