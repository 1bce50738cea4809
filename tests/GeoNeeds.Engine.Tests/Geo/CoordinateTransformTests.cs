using GeoNeeds.Engine.Geo;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;
using CoordinateSystem = GeoNeeds.Engine.Geo.CoordinateSystem;

namespace GeoNeeds.Engine.Tests.Geo;

public class CoordinateTransformTests
{
    // Ordnance Survey, "A guide to coordinate systems in Great Britain", Annex C worked example (Caister water
    // tower): OSGB36 geodetic 52°39'27.2531"N 1°43'4.5177"E projects to 651409.903 E, 313177.270 N.
    private const double CaisterOsgb36Latitude = 52 + (39 / 60.0) + (27.2531 / 3600);
    private const double CaisterOsgb36Longitude = 1 + (43 / 60.0) + (4.5177 / 3600);
    private const double CaisterEasting = 651409.903;
    private const double CaisterNorthing = 313177.270;

    [Fact]
    public void BritishNationalGridDefinition_ProjectsOrdnanceSurveyWorkedExampleToTheMillimetre()
    {
        var factory = new CoordinateSystemFactory();
        var grid = (ProjectedCoordinateSystem)factory.CreateFromWkt(CoordinateTransform.BritishNationalGridWkt);
        var projection = new CoordinateTransformationFactory().CreateFromCoordinateSystems(grid.GeographicCoordinateSystem, grid);

        var (easting, northing) = projection.MathTransform.Transform(CaisterOsgb36Longitude, CaisterOsgb36Latitude);

        Assert.Equal(CaisterEasting, easting, 0.001);
        Assert.Equal(CaisterNorthing, northing, 0.001);
    }

    [Fact]
    public void BritishNationalGridToWgs84_AppliesTheOsgb36DatumShift()
    {
        // OSGB36 → WGS 84 moves East Anglia about 125 m west and 45 m north (EPSG:1314 Helmert; the
        // difference of the datums is 70–120 m+ across Great Britain). Without the shift, or with the rotation
        // signs reversed, the longitude would stay within 20 m of the OSGB36 value.
        var (lon, lat) = CoordinateTransform.Between(CoordinateSystem.BritishNationalGrid, CoordinateSystem.Wgs84)
            .Apply(CaisterEasting, CaisterNorthing);

        var metresEast = (lon - CaisterOsgb36Longitude) * 111_320 * Math.Cos(lat * Math.PI / 180);
        var metresNorth = (lat - CaisterOsgb36Latitude) * 111_130;

        Assert.InRange(metresEast, -135, -115);
        Assert.InRange(metresNorth, 35, 55);
    }

    [Fact]
    public void Wgs84RoundTrip_ReturnsTheSameGridReferenceWithinACentimetre()
    {
        var toWgs84 = CoordinateTransform.Between(CoordinateSystem.BritishNationalGrid, CoordinateSystem.Wgs84);
        var toGrid = CoordinateTransform.Between(CoordinateSystem.Wgs84, CoordinateSystem.BritishNationalGrid);

        var (lon, lat) = toWgs84.Apply(CaisterEasting, CaisterNorthing);
        var (easting, northing) = toGrid.Apply(lon, lat);

        Assert.Equal(CaisterEasting, easting, 0.01);
        Assert.Equal(CaisterNorthing, northing, 0.01);
    }

    [Theory]
    [InlineData("EPSG:27700", 27700)]
    [InlineData("urn:ogc:def:crs:EPSG::27700", 27700)]
    [InlineData("urn:ogc:def:crs:OGC:1.3:CRS84", 4326)]
    [InlineData("epsg:4326", 4326)]
    public void Parse_CommonSpellings_NameTheSupportedSystem(string text, int expectedEpsg)
    {
        Assert.Equal(expectedEpsg, CoordinateSystem.Parse(text).Epsg);
    }

    [Fact]
    public void Parse_UnsupportedSystem_SaysWhichAreSupported()
    {
        var error = Assert.Throws<ArgumentException>(() => CoordinateSystem.Parse("EPSG:3857"));

        Assert.Contains("EPSG:27700", error.Message);
    }

    [Theory]
    [InlineData(-1.6, 52.3, -1.4, 52.5, 4326)]
    [InlineData(430000, 270000, 440000, 285000, 27700)]
    public void FromRange_TypicalExtents_AreRecognised(double minX, double minY, double maxX, double maxY, int expectedEpsg)
    {
        Assert.Equal(expectedEpsg, CoordinateSystem.FromRange(minX, minY, maxX, maxY)?.Epsg);
    }
}
