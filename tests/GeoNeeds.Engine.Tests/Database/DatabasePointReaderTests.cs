using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Database;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Points;

namespace GeoNeeds.Engine.Tests.Database;

/// <summary>Rows of invented incidents at invented places off the Saltmere coast; ids deliberately out of order.</summary>
[Collection(PostGisCollection.Name)]
public class DatabasePointReaderTests(PostGisCluster cluster)
{
    private static readonly PointColumns PoliceUk = PointColumns.PoliceUk;

    private static readonly PointSelection Violence = new() { Categories = new HashSet<string>(["Violence and sexual offences"]) };

    private (DatabaseSource Source, InputAccount Account, List<PointRecord> Points) Read(PointSelection? selection, params string[] rows)
    {
        var table = $"incidents_{Guid.NewGuid():N}";
        using (var connection = cluster.Connect())
        {
            PostGisCluster.Execute(connection, $"CREATE TABLE {table} (id int, longitude text, latitude text, month date, crime_type text, lsoa_code text, da_flag text)");
            foreach (var row in rows)
            {
                PostGisCluster.Execute(connection, $"INSERT INTO {table} VALUES ({row})");
            }
        }

        var source = DatabaseSource.Table(table) with { KeyColumn = "id" };
        var account = new InputAccount("incidents");
        using var database = cluster.Open();
        return (source, account, DatabasePointReader.Read(database, source, PoliceUk, selection, account).ToList());
    }

    [SkippableFact]
    public void Read_SnakeCaseColumnsAndDateMonths_PointsInKeyOrder()
    {
        var (_, account, points) = Read(null,
            "20, '0.45', '54.2', '2025-05-17', 'Public order', 'X01000002', NULL",
            "10, ' 0.44 ', '54.19', '2025-04-02', 'Violence and sexual offences', NULL, NULL");

        Assert.Equal([(1L, 0.44, 54.19, "2025-04", "Violence and sexual offences", (string?)null), (2L, 0.45, 54.2, "2025-05", "Public order", "X01000002")],
            points.Select(p => (p.Line, p.X, p.Y, p.Month, p.Category, p.AreaCode)));
        Assert.Equal(2, account.Read);
    }

    [SkippableFact]
    public void Read_NotSelectedRows_CountedWithoutDetails()
    {
        var (_, account, points) = Read(Violence,
            "1, '0.44', '54.19', '2025-04-01', 'Anti-social behaviour', NULL, NULL",
            "2, '0.44', '54.19', '2025-04-01', ' violence AND sexual offences ', NULL, NULL",
            "3, '0.44', '54.19', '2025-04-01', NULL, NULL, NULL");

        Assert.Equal([2L], points.Select(p => p.Line));
        Assert.Equal(2, account.RejectedByReason[RejectionReason.NotSelected]);
        Assert.Empty(account.Rejections);
    }

    [SkippableFact]
    public void Read_FlagColumn_SelectsDefaultFlagValues()
    {
        var flagged = new PointSelection { FlagColumn = "DA_FLAG" };

        var (_, _, points) = Read(flagged,
            "1, '0.44', '54.19', '2025-04-01', NULL, NULL, 'y'",
            "2, '0.44', '54.19', '2025-04-01', NULL, NULL, 'N'",
            "3, '0.44', '54.19', '2025-04-01', NULL, NULL, 'TRUE'");

        Assert.Equal([1L, 3L], points.Select(p => p.Line));
    }

    [SkippableFact]
    public void Read_LocationFaults_RejectedAsInPointFiles()
    {
        var (source, account, points) = Read(null,
            "1, NULL, NULL, NULL, NULL, NULL, NULL",
            "2, 'NULL', '54.19', NULL, NULL, NULL, NULL",
            "3, '54.19', '0.44', NULL, NULL, NULL, NULL",
            "4, '0.44', '', NULL, NULL, NULL, NULL");

        Assert.Empty(points);
        Assert.True(account.Balances);
        Assert.Equal(
        [
            $"{source.Label}:1: no_location: Longitude and Latitude are empty",
            $"{source.Label}:2:Longitude: invalid_coordinate: 'NULL' is not a finite number",
            $"{source.Label}:3:Longitude/Latitude: invalid_coordinate: longitude and latitude look swapped: Great Britain lies at latitude 49..61, longitude -9..2; check which column is which",
            $"{source.Label}:4:Latitude: invalid_coordinate: value is empty",
        ], account.Rejections.Select(r => r.ToString()));
    }

    [SkippableFact]
    public void Read_MonthsThatAreNoMonth_RejectedAsInPointFiles()
    {
        var table = $"incidents_{Guid.NewGuid():N}";
        using (var connection = cluster.Connect())
        {
            PostGisCluster.Execute(connection, $"CREATE TABLE {table} (id int, longitude text, latitude text, month text)");
            PostGisCluster.Execute(connection, $"INSERT INTO {table} VALUES (1, '0.44', '54.19', '2025-04'), (2, '0.44', '54.19', '2025-13'), (3, '0.44', '54.19', 'April 2025'), (4, '0.44', '54.19', NULL), (5, '0.44', '54.19', '02/05/2025')");
        }

        var source = DatabaseSource.Table(table) with { KeyColumn = "id" };
        var account = new InputAccount("incidents");
        using var database = cluster.Open();

        var points = DatabasePointReader.Read(database, source, PoliceUk with { Category = null, AreaCode = null }, null, account).ToList();

        Assert.Equal([(1L, "2025-04"), (5L, "2025-05")], points.Select(p => (p.Line, p.Month)));
        Assert.Equal(
        [
            $"{source.Label}:2:Month: invalid_month: '2025-13' is not a month or date of the calendar in a form GeoNeeds reads (yyyy-MM, yyyy-MM-dd, dd/MM/yyyy)",
            $"{source.Label}:3:Month: invalid_month: 'April 2025' is not a month or date of the calendar in a form GeoNeeds reads (yyyy-MM, yyyy-MM-dd, dd/MM/yyyy)",
            $"{source.Label}:4:Month: invalid_month: Month is empty",
        ], account.Rejections.Select(r => r.ToString()));
        Assert.Equal(5, account.Read);
    }

    [SkippableFact]
    public void Read_TimestampWithTimeZone_ReadAsItsMonth()
    {
        var table = $"incidents_{Guid.NewGuid():N}";
        using (var connection = cluster.Connect())
        {
            PostGisCluster.Execute(connection, $"CREATE TABLE {table} (id int, longitude text, latitude text, month timestamptz)");
            PostGisCluster.Execute(connection, $"INSERT INTO {table} VALUES (1, '0.44', '54.19', '2025-04-17 10:30:00+00')");
        }

        using var database = cluster.Open();
        var account = new InputAccount("incidents");

        var points = DatabasePointReader.Read(database, DatabaseSource.Table(table), PoliceUk with { Category = null, AreaCode = null }, null, account).ToList();

        Assert.Equal("2025-04", points.Single().Month);
    }

    [SkippableFact]
    public void Read_QueryOverAPointGeometry_PointsFromItsCoordinates()
    {
        var table = $"incidents_{Guid.NewGuid():N}";
        using (var connection = cluster.Connect())
        {
            PostGisCluster.Execute(connection, $"CREATE TABLE {table} (id int, offence text, geom geometry(Point, 27700))");
            PostGisCluster.Execute(connection, $"INSERT INTO {table} VALUES (1, 'Assault', ST_GeomFromText('POINT(561062.7 478277.5)', 27700)), (2, 'Assault', NULL)");
        }

        var columns = new PointColumns("x", "y", CoordinateSystem.BritishNationalGrid) { Category = "category" };
        var source = DatabaseSource.Query($"SELECT id, ST_X(geom) AS x, ST_Y(geom) AS y, offence AS category FROM {table}", "inputs.force") with { KeyColumn = "id" };
        var account = new InputAccount("force");
        using var database = cluster.Open();

        var points = DatabasePointReader.Read(database, source, columns, null, account).ToList();

        Assert.Equal([(1L, 561062.7, 478277.5, "Assault")], points.Select(p => (p.Line, p.X, p.Y, p.Category)));
        Assert.Equal("query inputs.force:2: no_location: x and y are empty", account.Rejections.Single().ToString());
    }

    [SkippableFact]
    public void Read_MissingColumn_ListsTheColumns()
    {
        var columns = new PointColumns("easting", "northing", CoordinateSystem.BritishNationalGrid);
        var table = $"incidents_{Guid.NewGuid():N}";
        using (var connection = cluster.Connect())
        {
            PostGisCluster.Execute(connection, $"CREATE TABLE {table} (id int, x text, y text)");
        }

        using var database = cluster.Open();
        var error = Assert.Throws<InputDataException>(() => DatabasePointReader.Read(database, DatabaseSource.Table(table), columns, null, new InputAccount("incidents")).ToList());

        Assert.Equal($"table {table}:easting: has no x column 'easting'; its columns are: id, x, y.", error.Message);
    }
}
