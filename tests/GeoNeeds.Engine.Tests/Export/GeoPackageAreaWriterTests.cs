using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Boundaries;
using Microsoft.Data.Sqlite;

namespace GeoNeeds.Engine.Tests.Export;

public class GeoPackageAreaWriterTests
{
    [Fact]
    public void Write_TwoLayers_ReadsBackAsOneFeatureTableEach()
    {
        var path = Write(("lsoa", ExportFeatures.WestAndEast), ("ward", [ExportFeatures.WestAndEast[0]]));

        var lsoa = BoundaryReader.Read(path, new BoundaryReadOptions { LayerWithinFile = "lsoa", CodeField = "area_code", NameField = "area_name" });
        var ward = BoundaryReader.Read(path, new BoundaryReadOptions { LayerWithinFile = "ward", CodeField = "area_code" });

        Assert.Equal(["X01000001", "X01000002"], lsoa.Areas.Select(a => a.Code));
        Assert.Equal("Ynys Môn", lsoa.Areas[0].Name);
        Assert.Equal(CoordinateSystem.Wgs84, lsoa.CoordinateSystem);

        // Each square is 0.01° × 0.01° = 1e-4 square degrees; tolerance for the six-decimal rounding.
        Assert.All(lsoa.Areas, a => Assert.Equal(1e-4, a.Geometry.Area, 1e-12));
        Assert.Equal("MultiPolygon", Assert.Single(ward.Areas).Geometry.GeometryType);
    }

    [Fact]
    public void Write_Properties_AreTypedColumnsWithFlagsAsBooleans()
    {
        var path = Write(("lsoa", ExportFeatures.WestAndEast));

        Assert.Equal(
            ["fid INTEGER", "geom MULTIPOLYGON", "area_code TEXT", "area_name TEXT", "violence_count INTEGER", "violence_count_suppressed BOOLEAN", "violence_rate REAL"],
            Query(path, "SELECT name || ' ' || type FROM pragma_table_info('lsoa')"));
        Assert.Equal(["12|0|288.3", "|1|"], Query(path, "SELECT ifnull(violence_count, '') || '|' || violence_count_suppressed || '|' || ifnull(violence_rate, '') FROM lsoa ORDER BY fid"));
    }

    [Fact]
    public void Write_Metadata_DeclaresAGeoPackageInWgs84WithEachTablesExtent()
    {
        var path = Write(("lsoa", ExportFeatures.WestAndEast));

        // 0x47504B47 is "GPKG" (OGC 12-128r15 §1.1.1.1.1); 10200 is version 1.2.
        Assert.Equal(["1196444487"], Query(path, "PRAGMA application_id"));
        Assert.Equal(["10200"], Query(path, "PRAGMA user_version"));
        Assert.Equal(["lsoa|features|4326|-1.51|52.4|-1.49|52.41"], Query(path, "SELECT table_name || '|' || data_type || '|' || srs_id || '|' || min_x || '|' || min_y || '|' || max_x || '|' || max_y FROM gpkg_contents"));
        Assert.Equal(["lsoa|geom|MULTIPOLYGON|4326"], Query(path, "SELECT table_name || '|' || column_name || '|' || geometry_type_name || '|' || srs_id FROM gpkg_geometry_columns"));
    }

    [Fact]
    public void Write_BritishGridCoordinates_RefusesAndLeavesNoFile()
    {
        var folder = TestFiles.NewFolder();
        var path = Path.Combine(folder, "areas.gpkg");
        var inGrid = ExportFeatures.Area("X01000001", "POLYGON ((430000 280000, 431000 280000, 431000 281000, 430000 280000))", "Grid", 1L, false, 1.0);

        var error = Assert.Throws<ArgumentException>(() => GeoPackageAreaWriter.Write(path, [("lsoa", [inGrid])]));

        Assert.Contains("Feature 1 of table lsoa of areas.gpkg has coordinate (430000, 280000) outside longitude ±180", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder));
    }

    private static string Write(params (string Name, IReadOnlyList<AreaFeature> Features)[] layers)
    {
        var path = Path.Combine(TestFiles.NewFolder(), "areas.gpkg");
        GeoPackageAreaWriter.Write(path, layers);
        return path;
    }

    private static List<string> Query(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var rows = command.ExecuteReader();
        var values = new List<string>();
        while (rows.Read())
        {
            values.Add(Convert.ToString(rows.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
