using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Boundaries;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Esri;
using static GeoNeeds.Engine.Tests.Io.Boundaries.BoundaryFixture;

namespace GeoNeeds.Engine.Tests.Io.Boundaries;

public class ShapefileBoundaryTests
{
    // Esri's own spellings, as ArcGIS writes them into .prj files.
    private const string EsriWgs84 = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    private const string EsriUtm30N = "PROJCS[\"WGS_1984_UTM_Zone_30N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",-3.0],PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

    [Fact]
    public void Read_ShapefileWithBritishGridPrj_ReadsCodesNamesAreasAndGrid()
    {
        AssertIsGridWards(BoundaryReader.Read(Write("wards.shp", GridWards(), CoordinateTransform.BritishNationalGridWkt)));
    }

    [Fact]
    public void Read_ShapefileWithWgs84Prj_ReadsLonLat()
    {
        var layer = BoundaryReader.Read(Write("lsoa.shp", [Feature(LonLatSquare, ("LSOA11CD", "X01000001"))], EsriWgs84));

        Assert.Equal(CoordinateSystem.Wgs84, layer.CoordinateSystem);
        Assert.Equal(1e-4, layer.Areas[0].Geometry.Area, 1e-12);
    }

    [Fact]
    public void Read_GridShapefileWithWgs84Prj_ThrowsSayingTheCoordinatesLookLikeGridMetres()
    {
        var file = Write("wards.shp", GridWards(), EsriWgs84);

        Assert.StartsWith($"{file}: coordinates run from 430000 to 432000 east and 278000 to 279000 north, which look like British National Grid metres, but the file declares CRS84", ReadError(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShapefileWithoutPrj_InfersTheGridFromTheRange()
    {
        Assert.Equal(CoordinateSystem.BritishNationalGrid, BoundaryReader.Read(Write("wards.shp", GridWards(), null)).CoordinateSystem);
    }

    [Fact]
    public void Read_PrjOfProjectedWgs84System_ThrowsRatherThanTakingItForLonLat()
    {
        var file = Write("wards.shp", GridWards(), EsriUtm30N);

        Assert.StartsWith($"{Path.ChangeExtension(file, ".prj")}: the file states a coordinate system GeoNeeds does not read (PROJCS[\"WGS_1984_UTM_Zone_30N\"", ReadError(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShapefileWithoutDbf_ThrowsThatCodesAreMissing()
    {
        var file = Write("wards.shp", GridWards(), null);
        File.Delete(Path.ChangeExtension(file, ".dbf"));

        Assert.Equal($"{file}: the shapefile has no .dbf beside it, so its areas have no codes; copy the .dbf (and .prj) next to the .shp.", ReadError(file));
    }

    [Fact]
    public void Read_LineShapefile_ThrowsThatAreasMustBePolygons()
    {
        var file = Write("roads.shp", [Feature("LINESTRING (430000 278000, 431000 279000)", ("ROAD_CD", "X99000001"))], null);

        Assert.Equal($"{file}:1:geometry: feature 1 is a MultiLineString; boundary files must hold Polygon or MultiPolygon geometries.", ReadError(file));
    }

    [Fact]
    public void Read_UpperCaseExtensions_FindsTheCompanionFiles()
    {
        var lower = Write("wards.shp", GridWards(), CoordinateTransform.BritishNationalGridWkt);
        foreach (var extension in new[] { ".shp", ".shx", ".dbf", ".prj", ".cpg" })
        {
            File.Move(Path.ChangeExtension(lower, extension), Path.ChangeExtension(lower, extension.ToUpperInvariant()));
        }

        AssertIsGridWards(BoundaryReader.Read(Path.ChangeExtension(lower, ".SHP")));
    }

    [Fact]
    public void Read_NameWithWelshCharacters_KeepsThemThroughTheUtf8Cpg()
    {
        var file = Write("lad.shp", [Feature(GridSquare, ("LAD13CD", "X06000001"), ("LAD13NM", "Ynys Môn"))], null);

        Assert.Equal("Ynys Môn", BoundaryReader.Read(file).Areas[0].Name);
    }

    private static string Write(string name, IFeature[] features, string? prj)
    {
        var path = Path.Combine(TestFiles.NewFolder(), name);
        Shapefile.WriteAllFeatures(features, path, prj);
        return path;
    }
}
