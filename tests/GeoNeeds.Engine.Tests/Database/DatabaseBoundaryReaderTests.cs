using GeoNeeds.Engine.Database;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Boundaries;

namespace GeoNeeds.Engine.Tests.Database;

[Collection(PostGisCollection.Name)]
public class DatabaseBoundaryReaderTests(PostGisCluster cluster)
{
    private const string West = "POLYGON((0 0, 1000 0, 1000 1000, 0 1000, 0 0))";
    private const string East = "POLYGON((1000 0, 2000 0, 2000 1000, 1000 1000, 1000 0))";

    private string TableOf(params (string? Code, string? Name, string? Wkt, int Srid)[] rows)
    {
        var table = $"boundaries_{Guid.NewGuid():N}";
        using var connection = cluster.Connect();
        PostGisCluster.Execute(connection, $"CREATE TABLE {table} (\"LSOA11CD\" text, \"LSOA11NM\" text, geom geometry)");
        foreach (var (code, name, wkt, srid) in rows)
        {
            PostGisCluster.Execute(connection, $"INSERT INTO {table} VALUES ({Literal(code)}, {Literal(name)}, {(wkt is null ? "NULL" : $"ST_GeomFromText('{wkt}', {srid})")})");
        }

        return table;
    }

    private static string Literal(string? text) => text is null ? "NULL" : $"'{text}'";

    private AreaLayer Read(string table, BoundaryReadOptions? options = null)
    {
        using var database = cluster.Open();
        return DatabaseBoundaryReader.Read(database, DatabaseSource.Table(table), options);
    }

    [SkippableFact]
    public void Read_OnsColumnsAndSrid27700_AreasInCodeOrderInBritishNationalGrid()
    {
        var table = TableOf(("X01000002", "East 1", East, 27700), ("X01000001", "West 1", West, 27700));

        var layer = Read(table, new BoundaryReadOptions { LayerName = "lsoa" });

        Assert.Equal(["X01000001", "X01000002"], layer.Areas.Select(a => a.Code));
        Assert.Equal("West 1", layer.Areas[0].Name);
        Assert.Equal(CoordinateSystem.BritishNationalGrid, layer.CoordinateSystem);
        Assert.Equal(27700, layer.Areas[0].Geometry.SRID);
        Assert.Equal(1_000_000, layer.Areas[0].Geometry.Area, 6);
    }

    [SkippableFact]
    public void Read_SridZero_CoordinateSystemInferredFromTheRange()
    {
        var table = TableOf(("X01000001", "West 1", "POLYGON((-1.5 52.4, -1.4 52.4, -1.4 52.5, -1.5 52.4))", 0));

        var layer = Read(table);

        Assert.Equal(CoordinateSystem.Wgs84, layer.CoordinateSystem);
        Assert.Equal(4326, layer.Areas[0].Geometry.SRID);
    }

    [SkippableFact]
    public void Read_QueryWithCodeAndNameColumns_FindsThemWithoutOptions()
    {
        var table = TableOf(("X01000001", "West 1", West, 27700));
        using var database = cluster.Open();

        var layer = DatabaseBoundaryReader.Read(database, DatabaseSource.Query($"SELECT \"LSOA11CD\" AS code, 'Ward ' || \"LSOA11NM\" AS name, geom FROM {table};", "levels.ward"));

        Assert.Equal("Ward West 1", layer.Find("X01000001")!.Name);
    }

    [SkippableFact]
    public void Read_RowWithoutCode_NamesTheRow()
    {
        var table = TableOf(("X01000001", "West 1", West, 27700), (null, "East 1", East, 27700));

        var error = Assert.Throws<InputDataException>(() => Read(table));

        Assert.Equal($"table {table}:2:LSOA11CD: feature 2 has no area code.", error.Message);   // rows in code order, missing codes last
    }

    [SkippableFact]
    public void Read_MissingCodeColumn_ListsTheColumns()
    {
        var table = TableOf(("X01000001", "West 1", West, 27700));

        var error = Assert.Throws<InputDataException>(() => Read(table, new BoundaryReadOptions { CodeField = "WD19CD" }));

        Assert.Equal($"table {table}:WD19CD: has no code column 'WD19CD'; its columns are: LSOA11CD, LSOA11NM, geom.", error.Message);
    }

    [SkippableFact]
    public void Read_UnsupportedSrid_SaysHowToTransform()
    {
        var table = TableOf(("X01000001", "West 1", West, 3857));

        var error = Assert.Throws<InputDataException>(() => Read(table));

        Assert.Contains("SRID 3857", error.Message);
        Assert.Contains("ST_Transform(geom, 27700)", error.Message);
    }

    [SkippableFact]
    public void Read_GridMetresTaggedSrid4326_RefusedNamingWhatTheCoordinatesLookLike()
    {
        var table = TableOf(("X01000001", "West 1", "POLYGON((430000 278000, 432000 278000, 432000 279000, 430000 278000))", 4326));

        var error = Assert.Throws<InputDataException>(() => Read(table));

        Assert.Equal(
            $"table {table}: coordinates run from 430000 to 432000 east and 278000 to 279000 north, which look like British National Grid metres, "
                + "but the geometries' SRID declares CRS84 longitude/latitude (EPSG:4326); correct the geometries' SRID (ST_SetSRID, or ST_Transform in the level's query), "
                + "or override it with crs: EPSG:27700 on the study's level.",
            error.Message);
    }

    [SkippableFact]
    public void Read_DegreesWithStudyCrs27700_RefusedNamingTheStudy()
    {
        var table = TableOf(("X01000001", "West 1", "POLYGON((-1.5 52.4, -1.4 52.4, -1.4 52.5, -1.5 52.4))", 0));

        var error = Assert.Throws<InputDataException>(() => Read(table, new BoundaryReadOptions { CoordinateSystem = CoordinateSystem.BritishNationalGrid }));

        Assert.Contains("which look like longitude/latitude degrees, but the study's crs declares British National Grid (EPSG:27700); correct the level's crs in the study", error.Message);
    }

    [SkippableFact]
    public void Read_LineGeometry_RefusedAsForFiles()
    {
        var table = TableOf(("X01000001", "West 1", "LINESTRING(0 0, 1 1)", 27700));

        var error = Assert.Throws<InputDataException>(() => Read(table));

        Assert.Equal($"table {table}:1:geometry: feature 1 is a LineString; boundary files must hold Polygon or MultiPolygon geometries.", error.Message);
    }

    [SkippableFact]
    public void Read_UnknownTable_ReportsTheDatabaseRefusal()
    {
        var error = Assert.Throws<InputDataException>(() => Read("no_such_table"));

        Assert.Equal("table no_such_table: the database refused the request: relation \"no_such_table\" does not exist", error.Message);
    }
}
