using GeoNeeds.Engine.Database;
using GeoNeeds.Engine.Io;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Npgsql;

namespace GeoNeeds.Engine.Tests.Database;

[Collection(PostGisCollection.Name)]
public class DatabaseResultWriterTests(PostGisCluster cluster)
{
    private static readonly Geometry Square = new WKTReader().Read("POLYGON((0 0, 1000 0, 1000 1000, 0 1000, 0 0))");

    private static string NewSchema() => $"results_{Guid.NewGuid():N}";

    private static ResultTable Table(string name, params object?[][] rows) =>
        new(name, ["area_code", "count", "rate", "method"], rows.Select(r => (IReadOnlyList<object?>)r).ToList());

    private List<string> Rows(string sql)
    {
        using var connection = cluster.Connect();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    [SkippableFact]
    public void Write_ValuesOfEachKind_ColumnsTypedByTheirValues()
    {
        var schema = NewSchema();
        using var database = cluster.Open();

        DatabaseResultWriter.Write(database, schema, [Table("lsoa", ["X01000001", 12L, 1.5, "byar"], ["X01000002", null, double.NaN, "suppressed"])]);

        Assert.Equal(["area_code|text", "count|bigint", "rate|double precision", "method|text"],
            Rows($"SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = '{schema}' AND table_name = 'lsoa' ORDER BY ordinal_position"));
        Assert.Equal(["X01000001|12|1.5|byar", "X01000002|null|null|suppressed"], Rows($"SELECT * FROM {schema}.lsoa ORDER BY area_code"));
    }

    [SkippableFact]
    public void Write_Geometries_StoredWithTheirSridAndASpatialIndex()
    {
        var schema = NewSchema();
        var square = Square.Copy();
        square.SRID = 27700;
        using var database = cluster.Open();

        DatabaseResultWriter.Write(database, schema, [Table("lsoa", ["X01000001", 1L, 1.0, "exact"]) with { Geometries = [square], Comment = "Test results" }]);

        Assert.Equal(["27700|1000000"], Rows($"SELECT ST_SRID(geom), ST_Area(geom) FROM {schema}.lsoa"));
        Assert.Equal(["lsoa_geom"], Rows($"SELECT indexname FROM pg_indexes WHERE schemaname = '{schema}'"));
        Assert.Equal(["Test results"], Rows($"SELECT obj_description('{schema}.lsoa'::regclass)"));
    }

    [SkippableFact]
    public void Write_ExistingTable_ReplacedWholeAndNoStagingTableLeft()
    {
        var schema = NewSchema();
        using var database = cluster.Open();
        DatabaseResultWriter.Write(database, schema, [Table("ward", ["X05000001", 1L, 1.0, "exact"], ["X05000002", 2L, 2.0, "exact"])]);

        DatabaseResultWriter.Write(database, schema, [Table("ward", ["X05000003", 30L, 3.0, "byar"])]);

        Assert.Equal(["X05000003|30|3|byar"], Rows($"SELECT * FROM {schema}.ward"));
        Assert.Equal(["ward"], Rows($"SELECT table_name FROM information_schema.tables WHERE table_schema = '{schema}'"));
    }

    [SkippableFact]
    public void Write_SecondTableFails_EveryExistingTableLeftAsItWas()
    {
        var schema = NewSchema();
        using var database = cluster.Open();
        DatabaseResultWriter.Write(database, schema, [Table("lsoa", ["X01000001", 1L, 1.0, "exact"]), Table("ward", ["X05000001", 1L, 1.0, "exact"])]);

        var clash = new ResultTable("ward", ["area_code", "geom"], [["X05000009", "a column named like the geometry"]]) { Geometries = [Square] };

        var error = Assert.Throws<InputDataException>(() => DatabaseResultWriter.Write(database, schema, [Table("lsoa", ["X01000009", 9L, 9.0, "exact"]), clash]));

        Assert.Equal($"test database:{schema}: the database refused the request: column \"geom\" specified more than once", error.Message);
        Assert.Equal(["X01000001|1|1|exact"], Rows($"SELECT * FROM {schema}.lsoa"));
        Assert.Equal(["X05000001|1|1|exact"], Rows($"SELECT * FROM {schema}.ward"));
        Assert.Equal(["lsoa", "ward"], Rows($"SELECT table_name FROM information_schema.tables WHERE table_schema = '{schema}' ORDER BY 1"));
    }

    [SkippableFact]
    public void Write_RowWithTooFewValues_RefusedBeforeWriting()
    {
        var schema = NewSchema();
        using var database = cluster.Open();

        var error = Assert.Throws<InputDataException>(() => DatabaseResultWriter.Write(database, schema, [Table("ward", ["X05000001", 1L, 1.0, "exact"], ["X05000002", 2L])]));

        Assert.Equal($"test database:{schema}:ward: row 2 has 2 values but the table has 4 columns.", error.Message);
    }

    [SkippableFact]
    public void Write_ColumnNameLongerThanPostgresKeeps_RefusedBeforeWriting()
    {
        var schema = NewSchema();
        var column = new string('c', 64);
        using var database = cluster.Open();

        var error = Assert.Throws<InputDataException>(() => DatabaseResultWriter.Write(database, schema, [new ResultTable("lsoa", [column], [["x"]])]));

        Assert.Equal($"test database:{schema}:{column}: '{column}' is not a usable table or column name: names must be 1 to 63 bytes long.", error.Message);
        Assert.Empty(Rows($"SELECT 1 FROM information_schema.schemata WHERE schema_name = '{schema}'"));
    }
}
