using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Database;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Io.Points;
using GeoNeeds.Engine.Join;

namespace GeoNeeds.Engine.Tests.Database;

/// <summary>
/// Two invented 1 km squares in British National Grid sharing an edge (X01000001 west, X01000002 east); points
/// as text eastings/northings. Expected counts are worked out by hand from the geometry and checked against the
/// in-process join on the same rows.
/// </summary>
[Collection(PostGisCollection.Name)]
public class DatabaseJoinTests(PostGisCluster cluster)
{
    private static readonly PointColumns Grid = new("easting", "northing", CoordinateSystem.BritishNationalGrid) { Category = "kind" };

    private string Tables(params string[] points)
    {
        var schema = $"join_{Guid.NewGuid():N}";
        using var connection = cluster.Connect();
        PostGisCluster.Execute(connection, $"CREATE SCHEMA {schema}");
        PostGisCluster.Execute(connection, $"CREATE TABLE {schema}.areas (code text, geom geometry(Polygon, 27700))");
        PostGisCluster.Execute(connection, $"INSERT INTO {schema}.areas VALUES ('X01000002', ST_GeomFromText('POLYGON((431000 280000, 432000 280000, 432000 281000, 431000 281000, 431000 280000))', 27700)), ('X01000001', ST_GeomFromText('POLYGON((430000 280000, 431000 280000, 431000 281000, 430000 281000, 430000 280000))', 27700))");
        PostGisCluster.Execute(connection, $"CREATE TABLE {schema}.points (id int, easting text, northing text, kind text)");
        foreach (var point in points)
        {
            PostGisCluster.Execute(connection, $"INSERT INTO {schema}.points VALUES ({point})");
        }

        return schema;
    }

    private (InputAccount Account, EventCounts Counts) PushedDown(string schema, PointColumns? columns = null)
    {
        using var database = cluster.Open();
        var areas = DatabaseSource.Table($"{schema}.areas");
        var layer = DatabaseBoundaryReader.Read(database, areas);
        var (account, counts) = (new InputAccount("incidents"), new EventCounts());
        new DatabaseJoin(database, areas, new BoundaryReadOptions(), new AreaLocator(layer)).Count(DatabaseSource.Table($"{schema}.points") with { KeyColumn = "id" }, columns ?? Grid, null, "incidents", account, counts);
        return (account, counts);
    }

    private (InputAccount Account, EventCounts Counts) InProcess(string schema, PointColumns? columns = null)
    {
        columns ??= Grid;
        using var database = cluster.Open();
        var layer = DatabaseBoundaryReader.Read(database, DatabaseSource.Table($"{schema}.areas"));
        var (account, counts) = (new InputAccount("incidents"), new EventCounts());
        var source = DatabaseSource.Table($"{schema}.points") with { KeyColumn = "id" };
        new PointJoiner(new AreaLocator(layer)).Join(DatabasePointReader.Read(database, source, columns, null, account), new PointSource("incidents", source.Label, columns.CoordinateSystem), account, counts);
        return (account, counts);
    }

    [SkippableFact]
    public void Count_PointsOnTheSharedEdgeAndCorner_GoToTheSmallerCode()
    {
        var schema = Tables("1, '430500', '280500', 'a'", "2, '431000', '280500', 'a'", "3, '431000', '281000', 'a'", "4, '431500', '280500', 'a'");

        var (_, counts) = PushedDown(schema);

        Assert.Equal(3, counts.InArea("X01000001"));   // interior, on the shared edge, on the shared corner
        Assert.Equal(1, counts.InArea("X01000002"));
    }

    [SkippableFact]
    public void Count_CoordinatesOnlyTheEngineReads_PlacedByTheEngine()
    {
        var schema = Tables("1, '431,500.0', '280,500', 'a'", "2, '4.315e5', '2.805e5', 'a'");

        var (account, counts) = PushedDown(schema);

        Assert.Equal(2, counts.InArea("X01000002"));
        Assert.Equal(2, account.Matched);
    }

    [SkippableFact]
    public void Count_RowsNotPlaced_RejectedWithTheirRowNumbers()
    {
        var schema = Tables("3, '500000', '500000', 'a'", "1, NULL, NULL, 'a'", "2, 'NULL', '280500', 'a'", "4, '430500', '280500', 'a'");

        var (account, _) = PushedDown(schema);

        Assert.Equal(
        [
            (1L, RejectionReason.NoLocation),
            (2L, RejectionReason.InvalidCoordinate),
            (3L, RejectionReason.OutsideStudyArea),
        ], account.Rejections.Select(r => (r.Line, r.Reason)));
        Assert.Equal((4, 1), (account.Read, account.Matched));
    }

    [SkippableFact]
    public void Count_MixedRows_SameCountsAndAccountAsTheInProcessJoin()
    {
        var schema = Tables("1, '430500', '280500', 'a'", "2, '431000', '280999.5', 'b'", "3, '431000', '281000', 'a'", "4, '431,500', '280500', 'b'",
            "5, '', '', 'a'", "6, '52.4', '-1.5', 'a'", "7, '429999.9', '280500', 'b'", "8, '431999.9', '280000.1', 'a'");

        var (pushedAccount, pushedCounts) = PushedDown(schema);
        var (inProcessAccount, inProcessCounts) = InProcess(schema);

        Assert.Equal(inProcessCounts.Cells, pushedCounts.Cells);
        Assert.Equal(inProcessAccount.Rejections, pushedAccount.Rejections);
        Assert.Equal((inProcessAccount.Read, inProcessAccount.Matched), (pushedAccount.Read, pushedAccount.Matched));
    }

    [SkippableFact]
    public void Count_MonthsInOtherFormsOrNoMonth_ReadOrRejectedRowByRowAsInProcess()
    {
        var schema = Tables("1, '430500', '280500', 'a'", "2, '430500', '280500', 'a'", "3, '430500', '280500', 'a'", "4, '431500', '280500', 'a'", "5, '431500', '280500', 'a'");
        using (var connection = cluster.Connect())
        {
            PostGisCluster.Execute(connection, $"ALTER TABLE {schema}.points ADD COLUMN month text");
            PostGisCluster.Execute(connection, $"UPDATE {schema}.points SET month = CASE id WHEN 1 THEN '2025-04' WHEN 2 THEN '03/04/2025' WHEN 3 THEN '2025-13' WHEN 4 THEN NULL ELSE '2025-05-31' END");
        }

        var dated = Grid with { Month = "month" };

        var (account, counts) = PushedDown(schema, dated);
        var (inProcessAccount, inProcessCounts) = InProcess(schema, dated);

        Assert.Equal(2, counts.InArea("X01000001"));   // rows 1 and 2, both April 2025
        Assert.Equal(1, counts.InArea("X01000002"));   // row 5, May 2025
        Assert.Equal([(3L, RejectionReason.InvalidMonth), (4L, RejectionReason.InvalidMonth)], account.Rejections.Select(r => (r.Line, r.Reason)));
        Assert.Equal(inProcessCounts.Cells, counts.Cells);
        Assert.Equal(inProcessAccount.Rejections, account.Rejections);
        Assert.True(account.Balances);
    }

    [SkippableFact]
    public void Count_UnknownPointsTable_ReportsTheDatabaseRefusal()
    {
        var schema = Tables();

        var error = Assert.Throws<InputDataException>(() =>
        {
            using var database = cluster.Open();
            var areas = DatabaseSource.Table($"{schema}.areas");
            new DatabaseJoin(database, areas, new BoundaryReadOptions(), new AreaLocator(DatabaseBoundaryReader.Read(database, areas)))
                .Count(DatabaseSource.Table($"{schema}.incidents"), Grid, null, "incidents", new InputAccount("incidents"), new EventCounts());
        });

        Assert.Equal($"table {schema}.incidents: the database refused the request: relation \"{schema}.incidents\" does not exist", error.Message);
    }
}
