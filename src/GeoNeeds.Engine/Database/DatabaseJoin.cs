using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Io.Points;
using GeoNeeds.Engine.Join;
using Npgsql;

namespace GeoNeeds.Engine.Database;

/// <summary>
/// The spatial join pushed down into PostGIS: points and areas both in the database, counted per area, month
/// and category with <c>ST_Contains</c> and <c>GROUP BY</c>, so that only counts and the rows that are not
/// counted cross the network. The results are those of <see cref="PointJoiner"/> on the same rows.
/// </summary>
/// <remarks>
/// <para>
/// A point inside an area counts there; a point on a boundary shared by several areas counts in the one with
/// the ordinally smallest code, as <see cref="AreaLocator"/> decides. Points are reprojected to the areas'
/// system by PostGIS, after a check that it reprojects as the engine does (<see cref="ReprojectionCheck"/>).
/// </para>
/// <para>
/// Rows the database does not place (no or unreadable coordinates, far outside the areas, or in none of them) come
/// back one by one and go through the point-file row rules and the in-process join, which rejects them with
/// their row numbers or, for coordinates written in a way only the engine reads (<c>1,234.5</c>), places them.
/// The database's polygons are used as stored: repairs the engine made while reading them are not applied
/// there, so keep boundary tables valid (<c>ST_IsValid</c>).
/// </para>
/// </remarks>
public sealed class DatabaseJoin
{
    private readonly PostGisDatabase _database;
    private readonly DatabaseSource _areas;
    private readonly BoundaryReadOptions _areaOptions;
    private readonly AreaLocator _locator;
    private readonly PointJoiner _joiner;

    /// <param name="database">The database holding both the areas and the points.</param>
    /// <param name="areas">The areas' table or query, as read into <paramref name="locator"/>'s layer.</param>
    /// <param name="areaOptions">The options the areas were read with (code column, coordinate system).</param>
    /// <param name="locator">The same areas in memory, for the rows the database leaves to the engine.</param>
    public DatabaseJoin(PostGisDatabase database, DatabaseSource areas, BoundaryReadOptions areaOptions, AreaLocator locator)
    {
        _database = database;
        _areas = areas;
        _areaOptions = areaOptions;
        _locator = locator;
        _joiner = new PointJoiner(locator);
    }

    /// <summary>Spatial versus source-code agreement over every row counted so far.</summary>
    public JoinAgreement Agreement => _joiner.Agreement;

    /// <summary>
    /// Counts the rows of <paramref name="points"/> in the areas into <paramref name="counts"/>, with the
    /// accounting of <see cref="DatabasePointReader"/> followed by <see cref="PointJoiner"/>.
    /// </summary>
    /// <exception cref="InputDataException">A source cannot be read or lacks a named column.</exception>
    /// <exception cref="ArgumentException">The selection needs a column that <paramref name="columns"/> does not name.</exception>
    public void Count(DatabaseSource points, PointColumns columns, PointSelection? selection, string input, InputAccount account, EventCounts counts)
    {
        PointFilter.CheckCanApply(selection, columns);
        using var connection = _database.Connect();
        using var transaction = connection.BeginTransaction();

        // Compiling this query's expressions (PostgreSQL's JIT, triggered by its cost) takes longer than running it.
        using (var noJit = new NpgsqlCommand("SET LOCAL jit = off", connection))
        {
            noJit.ExecuteNonQuery();
        }

        var areaColumns = AreaColumns.Choose(SourceColumns.Of(connection, _areas), _areaOptions);
        var query = PointQuery.For(SourceColumns.Of(connection, points), columns, selection);
        using var command = new NpgsqlCommand(CountingSql(query, areaColumns, columns), connection);
        command.Parameters.AddRange(query.Parameters);
        AddPlacementParameters(command, connection, areaColumns, columns);
        using var reader = PostGisDatabase.Answering(points.Label, () => command.ExecuteReader());
        var source = new PointSource(input, points.Label, columns.CoordinateSystem);
        while (reader.Read())
        {
            var rows = reader.GetInt64(reader.GetOrdinal("rows"));
            if (!PointRows.IsSelected(reader))
            {
                account.CountRead(rows);
                account.RejectUnlisted(RejectionReason.NotSelected, rows);
            }
            else if (PointRows.Text(reader, "area") is { } area)
            {
                account.CountRead(rows);
                account.CountMatched(rows);
                counts.Add(area, PointRows.Text(reader, "month"), PointRows.Text(reader, "category"), rows);
                Compare(area, PointRows.Text(reader, "area_code"), rows);
            }
            else
            {
                account.CountRead();
                if (PointRows.Locate(reader, points, columns, account) is { } point)
                {
                    _joiner.Join([point], source, account, counts);
                }
            }
        }
    }

    private void Compare(string area, string? sourceCode, long rows)
    {
        if (sourceCode is null || !_locator.Layer.Contains(sourceCode))
        {
            return;
        }

        for (var i = 0; i < rows; i++)
        {
            _joiner.Agreement.Compare(area, sourceCode);
        }
    }

    private string CountingSql(PointQuery query, AreaColumns areaColumns, PointColumns columns)
    {
        var code = $"CAST(source.{SqlName.Quote(areaColumns.Fields.Code)} AS text)";
        var geometry = $"source.{SqlName.Quote(areaColumns.Geometry)}";
        // Qualified: inside the areas' subquery a bare name would be looked up among the areas' columns first.
        var reprojected = columns.CoordinateSystem == _locator.Layer.CoordinateSystem
            ? "ST_MakePoint(points.x_number, points.y_number)"
            : "ST_Transform(ST_SetSRID(ST_MakePoint(points.x_number, points.y_number), @points_srid), @areas_srid)";
        var point = $"CASE WHEN points.x_number BETWEEN @min_x AND @max_x AND points.y_number BETWEEN @min_y AND @max_y THEN ST_SetSRID({reprojected}, @srid) END";
        return $"""
            WITH points AS ({query.Sql}),
            placed AS (
                SELECT points.*, hit.area
                FROM points
                LEFT JOIN LATERAL (
                    SELECT {code} AS area FROM {_areas.From}
                    WHERE ST_Intersects({geometry}, {point})
                    ORDER BY ST_Contains({geometry}, {point}) DESC, {code} COLLATE "C"
                    LIMIT 1) AS hit ON points.selected
            ),
            checked AS (
                SELECT placed.*, {RowByRow(columns)} AS row_by_row FROM placed
            ),
            outcomes AS (
                SELECT selected,
                       CASE WHEN NOT row_by_row THEN area END AS area,
                       CASE WHEN selected THEN month END AS month,
                       CASE WHEN selected THEN category END AS category,
                       CASE WHEN selected THEN area_code END AS area_code,
                       CASE WHEN row_by_row THEN line END AS line,
                       CASE WHEN row_by_row THEN x END AS x,
                       CASE WHEN row_by_row THEN y END AS y
                FROM checked
            )
            SELECT selected, area, month, category, area_code, line, x, y, count(*) AS rows
            FROM outcomes
            GROUP BY selected, area, month, category, area_code, line, x, y
            ORDER BY line NULLS FIRST
            """;
    }

    // Rows the database did not place, and rows whose month is not already yyyy-MM, go to the engine one by one:
    // it places them, reads other date forms and rejects months it cannot read with their row numbers, as in files.
    private static string RowByRow(PointColumns columns) => columns.Month is null
        ? "selected AND area IS NULL"
        : "selected AND (area IS NULL OR month IS NULL OR month !~ '^[0-9]{4}-(0[1-9]|1[0-2])$')";

    private void AddPlacementParameters(NpgsqlCommand command, NpgsqlConnection connection, AreaColumns areaColumns, PointColumns columns)
    {
        var window = SearchWindow.Around(_locator.Layer, columns.CoordinateSystem);
        ReprojectionCheck.Require(connection, window, columns.CoordinateSystem, _locator.Layer.CoordinateSystem, _areas.Label);
        command.Parameters.AddWithValue("min_x", window.MinX);
        command.Parameters.AddWithValue("max_x", window.MaxX);
        command.Parameters.AddWithValue("min_y", window.MinY);
        command.Parameters.AddWithValue("max_y", window.MaxY);
        command.Parameters.AddWithValue("points_srid", columns.CoordinateSystem.Epsg);
        command.Parameters.AddWithValue("areas_srid", _locator.Layer.CoordinateSystem.Epsg);
        command.Parameters.AddWithValue("srid", StoredSrid(connection, areaColumns));
    }

    // The areas' SRID as stored (0 when the layer's system was stated or inferred), which the points must share.
    private int StoredSrid(NpgsqlConnection connection, AreaColumns areaColumns) => PostGisDatabase.Answering(_areas.Label, () =>
    {
        var geometry = $"source.{SqlName.Quote(areaColumns.Geometry)}";
        using var command = new NpgsqlCommand($"SELECT ST_SRID({geometry}) FROM {_areas.From} WHERE {geometry} IS NOT NULL LIMIT 1", connection);
        return Convert.ToInt32(command.ExecuteScalar() ?? 0, System.Globalization.CultureInfo.InvariantCulture);
    });
}
