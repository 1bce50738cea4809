using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Points;
using GeoNeeds.Engine.Io.Tables;
using Npgsql;

namespace GeoNeeds.Engine.Database;

/// <summary>
/// The row rules of point files applied to rows of a <see cref="PointQuery"/>: a selected row with both
/// coordinates empty is <see cref="RejectionReason.NoLocation"/>; one whose coordinates are not finite numbers,
/// are out of range or look swapped is <see cref="RejectionReason.InvalidCoordinate"/>; when a month column is
/// named, a row whose month is empty or not a month or date is <see cref="RejectionReason.InvalidMonth"/>, as in files.
/// </summary>
internal static class PointRows
{
    /// <summary>Whether the row the reader is on passed the selection.</summary>
    public static bool IsSelected(NpgsqlDataReader reader) => reader.GetBoolean(reader.GetOrdinal("selected"));

    /// <summary>The located point of the selected row the reader is on, or <c>null</c> when it is rejected into <paramref name="account"/>.</summary>
    public static PointRecord? Locate(NpgsqlDataReader reader, DatabaseSource source, PointColumns columns, InputAccount account)
    {
        var line = reader.GetInt64(reader.GetOrdinal("line"));
        var (location, problem) = Coordinates(Text(reader, "x") ?? "", Text(reader, "y") ?? "", columns);
        if (problem is { } p)
        {
            account.Reject(new Rejection(account.Name, source.Label, line, p.Field, p.Reason, p.Detail));
            return null;
        }

        string? month = null;
        if (columns.Month is { } monthColumn && !MonthText.TryRead(Text(reader, "month") ?? "", out month))
        {
            account.Reject(new Rejection(account.Name, source.Label, line, monthColumn, RejectionReason.InvalidMonth, MonthText.Problem(monthColumn, Text(reader, "month") ?? "")));
            return null;
        }

        return new PointRecord(line, location.X, location.Y, month, Text(reader, "category"), Text(reader, "area_code"));
    }

    public static string? Text(NpgsqlDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    private static ((double X, double Y) Location, (string Reason, string Field, string Detail)? Problem) Coordinates(string x, string y, PointColumns columns)
    {
        if (x.Length == 0 && y.Length == 0)
        {
            return (default, (RejectionReason.NoLocation, "", $"{columns.X} and {columns.Y} are empty"));
        }

        if (!TableNumber.TryParse(x, out var xValue))
        {
            return (default, (RejectionReason.InvalidCoordinate, columns.X, NotANumber(x)));
        }

        if (!TableNumber.TryParse(y, out var yValue))
        {
            return (default, (RejectionReason.InvalidCoordinate, columns.Y, NotANumber(y)));
        }

        return CoordinateRange.Problem(xValue, yValue, columns.CoordinateSystem) is { } range
            ? (default, (RejectionReason.InvalidCoordinate, $"{columns.X}/{columns.Y}", range))
            : ((xValue, yValue), null);
    }

    private static string NotANumber(string text) => text.Length == 0 ? "value is empty" : $"'{text}' is not a finite number";
}
