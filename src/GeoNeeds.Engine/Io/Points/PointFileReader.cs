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
    /// (not a finite number, out of range for the coordinate system, or longitude/latitude swapped), then
    /// <see cref="RejectionReason.InvalidMonth"/> (a month column is named and the row's value is empty or not a
    /// month or date of the calendar). Yielded rows are not counted as matched: the join does that.
    /// </summary>
    /// <remarks>
    /// Selection comes before location so that the location problems reported are those of the study's rows.
    /// Months are yielded as <c>yyyy-MM</c>; empty category and area code fields are <c>null</c>.
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
    /// <param name="warnings">Receives problems the rows were read despite (bytes that were not UTF-8).</param>
    public static IEnumerable<PointRecord> Read(string path, PointColumns columns, PointSelection? selection, InputAccount account,
        ICollection<InputWarning>? warnings)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(account);
        PointFilter.CheckCanApply(selection, columns);
        return ReadRows(path, columns, selection, account, warnings, fromLine: 0);
    }

    /// <summary>
    /// The rows from physical line <paramref name="fromLine"/> on, read as <see cref="Read(string, PointColumns, PointSelection?, InputAccount, ICollection{InputWarning}?)"/>
    /// reads them: how the general reader goes on where <see cref="PointBatchReader"/> handed over.
    /// </summary>
    internal static IEnumerable<PointRecord> ReadFrom(string path, PointColumns columns, PointSelection? selection, InputAccount account,
        ICollection<InputWarning>? warnings, long fromLine) =>
        ReadRows(path, columns, selection, account, warnings, fromLine);

    private static IEnumerable<PointRecord> ReadRows(string path, PointColumns columns, PointSelection? selection, InputAccount account,
        ICollection<InputWarning>? warnings, long fromLine)
    {
        using var table = CsvTable.Open(path, warnings);
        var x = table.Column(columns.X);
        var y = table.Column(columns.Y);
        var month = Optional(table, columns.Month);
        var category = Optional(table, columns.Category);
        var areaCode = Optional(table, columns.AreaCode);
        var filter = new PointFilter(selection, table, category);

        foreach (var row in table.Rows().SkipWhile(row => row.Line < fromLine))
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

            string? period = null;
            if (month is { } monthColumn && !MonthText.TryRead(row[monthColumn], out period))
            {
                account.Reject(row.Rejection(account, RejectionReason.InvalidMonth, monthColumn.Name, MonthText.Problem(monthColumn.Name, row[monthColumn])));
                continue;
            }

            yield return new PointRecord(row.Line, location.X, location.Y, period, row.ValueOrNull(category), row.ValueOrNull(areaCode));
        }
    }

    private static CsvColumn? Optional(CsvTable table, string? name) => name is null ? null : table.Column(name);

    private static ((double X, double Y) Location, Rejection? Rejection) Locate(CsvRow row, CsvColumn x, CsvColumn y,
        CoordinateSystem system, InputAccount account) =>
        CoordinateFields.Read(row[x], row[y], x, y, system, out var xValue, out var yValue) is { } problem
            ? (default, row.Rejection(account, problem.Reason, problem.Field, problem.Detail))
            : ((xValue, yValue), null);
}
