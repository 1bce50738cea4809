using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Io.Points;

/// <summary>Reads located events (police incidents, geocoded referrals) from a CSV file with a header.</summary>
public static class PointFileReader
{
    /// <summary>
    /// Streams the located rows of <paramref name="path"/>. Every data row is counted in
    /// <see cref="InputAccount.Read"/>; a row that is not yielded is rejected into <paramref name="account"/>:
    /// <see cref="RejectionReason.MalformedRow"/> (wrong field count, broken quoting), then
    /// <see cref="RejectionReason.NotSelected"/> (outside <paramref name="selection"/>, counted without details), then
    /// <see cref="RejectionReason.NoLocation"/> (both coordinates empty) or <see cref="RejectionReason.InvalidCoordinate"/>
    /// (not a finite number, out of range for the coordinate system, or longitude/latitude swapped). Yielded rows
    /// are not counted as matched: the join does that.
    /// </summary>
    /// <remarks>
    /// Selection comes before location so that the location problems reported are those of the study's rows.
    /// Empty month, category and area code fields are <c>null</c>. A month that is not a recognisable period or
    /// date is passed on as written, with one warning for the file.
    /// </remarks>
    /// <param name="path">The CSV file.</param>
    /// <param name="columns">Which columns to read.</param>
    /// <param name="selection">The domestic-abuse filter, or <c>null</c> to keep every row.</param>
    /// <param name="account">Receives the row counts and rejections.</param>
    /// <exception cref="InputDataException">The file is missing, empty, not comma-delimited or lacks a named column.</exception>
    /// <exception cref="ArgumentException">The selection needs a column that <paramref name="columns"/> does not name.</exception>
    public static IEnumerable<PointRecord> Read(string path, PointColumns columns, PointSelection? selection, InputAccount account) =>
        Read(path, columns, selection, account, null);

    /// <inheritdoc cref="Read(string, PointColumns, PointSelection?, InputAccount)"/>
    /// <param name="path">The CSV file.</param>
    /// <param name="columns">Which columns to read.</param>
    /// <param name="selection">The domestic-abuse filter, or <c>null</c> to keep every row.</param>
    /// <param name="account">Receives the row counts and rejections.</param>
    /// <param name="warnings">Receives problems the rows were read despite (encoding, unrecognised months).</param>
    public static IEnumerable<PointRecord> Read(string path, PointColumns columns, PointSelection? selection, InputAccount account,
        ICollection<InputWarning>? warnings)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(account);
        PointFilter.CheckCanApply(selection, columns);
        return ReadRows(path, columns, selection, account, warnings);
    }

    private static IEnumerable<PointRecord> ReadRows(string path, PointColumns columns, PointSelection? selection, InputAccount account,
        ICollection<InputWarning>? warnings)
    {
        using var table = CsvTable.Open(path, warnings);
        var x = table.Column(columns.X);
        var y = table.Column(columns.Y);
        var month = Optional(table, columns.Month);
        var category = Optional(table, columns.Category);
        var areaCode = Optional(table, columns.AreaCode);
        var filter = new PointFilter(selection, table, category);
        var monthWarned = false;

        foreach (var row in table.Rows())
        {
            account.CountRead();
            if (row.Problem is not null)
            {
                account.Reject(row.MalformedRejection(account));
                continue;
            }

            if (!filter.Selects(row))
            {
                account.RejectUnlisted(RejectionReason.NotSelected);
                continue;
            }

            var (location, rejection) = Locate(row, x, y, columns.CoordinateSystem, account);
            if (rejection is not null)
            {
                account.Reject(rejection);
                continue;
            }

            var period = row.ValueOrNull(month);
            if (period is not null && !MonthText.TryRead(period, out period) && !monthWarned)
            {
                monthWarned = true;
                warnings?.Add(new InputWarning(path, row.Line, $"{month!.Value.Name} '{period}' is not a month or date GeoNeeds recognises (yyyy-MM, yyyy-MM-dd, dd/MM/yyyy); such values are kept as written"));
            }

            yield return new PointRecord(row.Line, location.X, location.Y, period, row.ValueOrNull(category), row.ValueOrNull(areaCode));
        }
    }

    private static CsvColumn? Optional(CsvTable table, string? name) => name is null ? null : table.Column(name);

    private static ((double X, double Y) Location, Rejection? Rejection) Locate(CsvRow row, CsvColumn x, CsvColumn y,
        CoordinateSystem system, InputAccount account)
    {
        var (xText, yText) = (row[x], row[y]);
        if (xText.Length == 0 && yText.Length == 0)
        {
            return (default, row.Rejection(account, RejectionReason.NoLocation, "", $"{x.Name} and {y.Name} are empty"));
        }

        if (!TableNumber.TryParse(xText, out var xValue))
        {
            return (default, row.Rejection(account, RejectionReason.InvalidCoordinate, x.Name, NotANumber(xText)));
        }

        if (!TableNumber.TryParse(yText, out var yValue))
        {
            return (default, row.Rejection(account, RejectionReason.InvalidCoordinate, y.Name, NotANumber(yText)));
        }

        return CoordinateRange.Problem(xValue, yValue, system) is { } problem
            ? (default, row.Rejection(account, RejectionReason.InvalidCoordinate, $"{x.Name}/{y.Name}", problem))
            : ((xValue, yValue), null);
    }

    private static string NotANumber(string text) => text.Length == 0 ? "value is empty" : $"'{text}' is not a finite number";
}
