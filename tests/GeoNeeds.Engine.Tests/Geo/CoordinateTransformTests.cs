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

    [Fact]
    public void Unshared_IsACopyOfTheCallersOwn_GivingTheSharedTransformsCoordinatesExactly()
    {
        var shared = CoordinateTransform.Between(CoordinateSystem.BritishNationalGrid, CoordinateSystem.Wgs84);
        var own = CoordinateTransform.Unshared(CoordinateSystem.BritishNationalGrid, CoordinateSystem.Wgs84);

        Assert.NotSame(shared, own);
        Assert.Equal(shared.Apply(CaisterEasting, CaisterNorthing), own.Apply(CaisterEasting, CaisterNorthing));
    }

    [Fact]
    public void Unshared_OnePerThread_ManyThreadsAtOnceGiveTheOneThreadResultsExactly()
    {
        // 20,000 points across England transformed on one thread, then again on every core with a transform per thread.
        var points = Enumerable.Range(0, 20_000).Select(i => (X: 150_000 + (i * 31.7 % 500_000), Y: 20_000 + (i * 57.3 % 600_000))).ToArray();
        var alone = CoordinateTransform.Unshared(CoordinateSystem.BritishNationalGrid, CoordinateSystem.Wgs84);
        var expected = points.Select(p => alone.Apply(p.X, p.Y)).ToArray();
        using var perThread = new ThreadLocal<CoordinateTransform>(() => CoordinateTransform.Unshared(CoordinateSystem.BritishNationalGrid, CoordinateSystem.Wgs84));

        var actual = new (double X, double Y)[points.Length];
        Parallel.For(0, points.Length, i => actual[i] = perThread.Value!.Apply(points[i].X, points[i].Y));

        Assert.Equal(expected, actual);
    }
}
