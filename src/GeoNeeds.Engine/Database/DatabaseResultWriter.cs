using GeoNeeds.Engine.Io;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace GeoNeeds.Engine.Database;

/// <summary>
/// Writes result tables (area tables with their boundaries) into a database schema so that a reader (a
/// dashboard, a colleague's query) sees either all the old tables or all the new ones, never a part.
/// </summary>
public static class DatabaseResultWriter
{
    /// <summary>
    /// In one transaction: creates <paramref name="schema"/> if needed, copies each table into a new staging
    /// table, drops the table it replaces and renames the staging table in its place, with a spatial index on
    /// <c>geom</c>. If anything fails the transaction rolls back and the existing tables are left as they were.
    /// </summary>
    /// <returns>The tables written, as <c>schema.table</c>.</returns>
    /// <remarks>
    /// Readers of a replaced table wait for the commit rather than see it missing. Numbers that are not finite
    /// are written as <c>null</c>. Names are used as written (case-sensitive) and must fit PostgreSQL's 63 bytes.
    /// </remarks>
    /// <exception cref="InputDataException">
    /// A name is empty or too long, a row has the wrong number of values or no geometry, or the database refuses the write.
    /// </exception>
    public static IReadOnlyList<string> Write(PostGisDatabase database, string schema, IReadOnlyList<ResultTable> tables)
    {
        var target = $"{database.Name}:{schema}";
        foreach (var name in tables.SelectMany(t => t.Columns.Append(t.Name)).Append(schema).Where(n => !SqlName.Fits(n)))
        {
            throw new InputDataException(target, 0, name, $"'{name}' is not a usable table or column name: names must be 1 to {SqlName.MaxBytes} bytes long.");
        }

        foreach (var table in tables)
        {
            RequireShape(target, table);
        }

        using var connection = database.Connect();
        PostGisDatabase.Answering(target, () =>
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, $"CREATE SCHEMA IF NOT EXISTS {SqlName.Quote(schema)}");
            foreach (var table in tables)
            {
                Replace(connection, schema, table);
            }

            transaction.Commit();
            return tables.Count;
        });
        return tables.Select(t => $"{schema}.{t.Name}").ToList();
    }

    private static void Replace(NpgsqlConnection connection, string schema, ResultTable table)
    {
        var types = table.Columns.Select((_, i) => ResultColumnType.Of(table.Rows.Select(r => Value(r, i)))).ToList();
        var staging = SqlName.Quote($"geoneeds_staging_{Guid.NewGuid():N}");
        var columns = table.Columns.Select((c, i) => $"{SqlName.Quote(c)} {types[i].Sql}").ToList();
        var srid = table.Geometries?.FirstOrDefault()?.SRID ?? 0;
        if (table.Geometries is not null)
        {
            columns.Add($"geom geometry(Geometry, {srid})");
        }

        Execute(connection, $"CREATE TABLE {SqlName.Quote(schema)}.{staging} ({string.Join(", ", columns)})");
        Copy(connection, $"{SqlName.Quote(schema)}.{staging}", table, types.Select(t => t.Type).ToList());
        var final = $"{SqlName.Quote(schema)}.{SqlName.Quote(table.Name)}";
        Execute(connection, $"DROP TABLE IF EXISTS {final}");
        Execute(connection, $"ALTER TABLE {SqlName.Quote(schema)}.{staging} RENAME TO {SqlName.Quote(table.Name)}");
        if (table.Geometries is not null)
        {
            Execute(connection, $"CREATE INDEX {SqlName.Quote($"{table.Name}_geom")} ON {final} USING gist (geom)");
        }

        if (table.Comment is { } comment)
        {
            using var command = new NpgsqlCommand($"COMMENT ON TABLE {final} IS {Literal(comment)}", connection);
            command.ExecuteNonQuery();
        }
    }

    private static void Copy(NpgsqlConnection connection, string staging, ResultTable table, IReadOnlyList<NpgsqlDbType> types)
    {
        using var importer = connection.BeginBinaryImport($"COPY {staging} FROM STDIN (FORMAT BINARY)");
        for (var row = 0; row < table.Rows.Count; row++)
        {
            importer.StartRow();
            for (var i = 0; i < types.Count; i++)
            {
                if (Value(table.Rows[row], i) is { } value)
                {
                    importer.Write(ResultColumnType.Converted(value, types[i]), types[i]);
                }
                else
                {
                    importer.WriteNull();
                }
            }

            if (table.Geometries is { } geometries)
            {
                importer.Write(geometries[row], NpgsqlDbType.Geometry);
            }
        }

        importer.Complete();
    }

    private static void RequireShape(string target, ResultTable table)
    {
        var wrong = table.Rows.Select((row, i) => (Row: i + 1, row.Count)).FirstOrDefault(r => r.Count != table.Columns.Count);
        if (wrong.Row > 0)
        {
            throw new InputDataException(target, 0, table.Name, $"row {wrong.Row} has {wrong.Count} values but the table has {table.Columns.Count} columns.");
        }

        if (table.Geometries is { } geometries && geometries.Count != table.Rows.Count)
        {
            throw new InputDataException(target, 0, table.Name, $"the table has {table.Rows.Count} rows but {geometries.Count} geometries.");
        }
    }

    // The value in column i, with null for the numbers a database cannot compare (NaN, infinities).
    private static object? Value(IReadOnlyList<object?> row, int i) => row[i] is double d && !double.IsFinite(d) ? null : row[i];

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    // COMMENT takes no parameters; a standard-conforming string literal with its quotes doubled is safe.
    private static string Literal(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";
}
