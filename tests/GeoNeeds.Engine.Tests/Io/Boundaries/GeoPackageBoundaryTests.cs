using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Boundaries;
using static GeoNeeds.Engine.Tests.Io.Boundaries.BoundaryFixture;

namespace GeoNeeds.Engine.Tests.Io.Boundaries;

public class GeoPackageBoundaryTests
{
    private static (string, NetTopologySuite.Features.IFeature[]) Wards => ("wards", GridWards());

    [Fact]
    public void Read_GeoPackageInBritishGrid_ReadsCodesNamesAreasAndGrid()
    {
        AssertIsGridWards(BoundaryReader.Read(GeoPackageFixture.Write("wards.gpkg", 27700, 27700, Wards)));
    }

    [Fact]
    public void Read_GeoPackageInWgs84_ReadsLonLat()
    {
        var lsoas = ("lsoa", new[] { Feature(LonLatSquare, ("LSOA11CD", "X01000001")) });

        var layer = BoundaryReader.Read(GeoPackageFixture.Write("lsoa.GPKG", 4326, 4326, lsoas));

        Assert.Equal(CoordinateSystem.Wgs84, layer.CoordinateSystem);
        Assert.Equal(1e-4, layer.Areas[0].Geometry.Area, 1e-12);
    }

    [Fact]
    public void Read_SrsIdThatIsNotTheEpsgCode_UsesTheEpsgCode()
    {
        // srs_id is the GeoPackage's own key; EPSG 27700 under id 100 is still the British grid.
        var layer = BoundaryReader.Read(GeoPackageFixture.Write("wards.gpkg", 100, 27700, Wards));

        Assert.Equal(CoordinateSystem.BritishNationalGrid, layer.CoordinateSystem);
    }

    [Fact]
    public void Read_UnsupportedEpsgCode_Throws()
    {
        var file = GeoPackageFixture.Write("wards.gpkg", 3857, 3857, Wards);

        Assert.StartsWith($"{file}: the file states a coordinate system GeoNeeds does not read (EPSG:3857)", ReadError(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwoFeatureTables_ReadsTheFirstUnlessOneIsNamed()
    {
        var lad = ("lad", new[] { Feature(GridSquare, ("LAD13CD", "X06000001")) });
        var file = GeoPackageFixture.Write("areas.gpkg", 27700, 27700, lad, Wards);

        Assert.Equal(["X06000001"], BoundaryReader.Read(file).Areas.Select(a => a.Code));
        Assert.Equal(2, BoundaryReader.Read(file, new() { LayerWithinFile = "wards" }).Count);
    }

    [Fact]
    public void Read_FeatureTableAbsent_ThrowsListingTheTables()
    {
        var file = GeoPackageFixture.Write("wards.gpkg", 27700, 27700, Wards);

        Assert.Equal($"{file}: the GeoPackage has no feature table 'lsoa'; its feature tables are: wards.", ReadError(file, new() { LayerWithinFile = "lsoa" }));
    }

    [Fact]
    public void Read_FileThatIsNotSqlite_ThrowsThatItIsNotAGeoPackage()
    {
        var file = TestFiles.Write("wards.gpkg", "this is not a database, just text long enough to have a header of sorts");

        Assert.StartsWith($"{file}: the file is not a readable GeoPackage:", ReadError(file), StringComparison.Ordinal);
    }
}
