using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Points;
using Npgsql;

namespace GeoNeeds.Engine.Database;

/// <summary>Reads located events (police incidents, force extracts) from a PostGIS table or query, row by row.</summary>
public static class DatabasePointReader
{
    /// <summary>
    /// Streams the located rows of <paramref name="source"/> with the accounting of point files: every row is
    /// counted in <see cref="InputAccount.Read"/>; a row not yielded is rejected into <paramref name="account"/> as
    /// <see cref="RejectionReason.NotSelected"/> (counted without details), <see cref="RejectionReason.NoLocation"/>
    /// or <see cref="RejectionReason.InvalidCoordinate"/>. Rejections name the source's label and the row's number.
    /// </summary>
    /// <remarks>
    /// Columns are named as in <paramref name="columns"/> (police.uk's <c>Crime type</c> also finds <c>crime_type</c>);
    /// any column type is read as its text, so coordinates stored as text (<c>'NULL'</c>, <c>'1,234'</c>) are judged
    /// exactly as in a CSV file. Rows are numbered by <see cref="DatabaseSource.KeyColumn"/> when there is one.
    /// </remarks>
    /// <exception cref="InputDataException">The source cannot be read, or lacks a named column.</exception>
    /// <exception cref="ArgumentException">The selection needs a column that <paramref name="columns"/> does not name.</exception>
    public static IEnumerable<PointRecord> Read(PostGisDatabase database, DatabaseSource source, PointColumns columns, PointSelection? selection, InputAccount account)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(account);
        PointFilter.CheckCanApply(selection, columns);
        return ReadRows(database, source, columns, selection, account);
    }

    private static IEnumerable<PointRecord> ReadRows(PostGisDatabase database, DatabaseSource source, PointColumns columns, PointSelection? selection, InputAccount account)
    {
        using var connection = database.Connect();
        var query = PointQuery.For(SourceColumns.Of(connection, source), columns, selection);
        using var command = new NpgsqlCommand($"SELECT line, selected, x, y, month, category, area_code FROM ({query.Sql}) AS points", connection);
        command.Parameters.AddRange(query.Parameters);
        using var reader = PostGisDatabase.Answering(source.Label, () => command.ExecuteReader());
        while (reader.Read())
        {
            account.CountRead();
            if (!PointRows.IsSelected(reader))
            {
                account.RejectUnlisted(RejectionReason.NotSelected);
                continue;
            }

            if (PointRows.Locate(reader, source, columns, account) is { } point)
            {
                yield return point;
            }
        }
    }
}
