using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Io.Points;
using GeoNeeds.Engine.Io.Postcodes;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Io.Referrals;

/// <summary>Reads referrals located by postcode from a CSV file with a header.</summary>
public static class ReferralFileReader
{
    /// <summary>
    /// Streams the referrals of <paramref name="path"/>. Every data row is counted in <see cref="InputAccount.Read"/>;
    /// rows not yielded are rejected as <see cref="RejectionReason.MalformedRow"/>,
    /// <see cref="RejectionReason.InvalidPostcode"/> (empty, or not in the UK format; the detail quotes the value) or,
    /// when a date column is named, <see cref="RejectionReason.InvalidDate"/> (empty, or no date of the calendar such
    /// as <c>2025-02-30</c>). Yielded rows are not counted as matched: geocoding does that.
    /// </summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="postcodeColumn">The column holding the postcode.</param>
    /// <param name="account">Receives the row counts and rejections.</param>
    /// <exception cref="InputDataException">The file is missing, empty, not comma-delimited or has no such column.</exception>
    public static IEnumerable<ReferralRecord> Read(string path, string postcodeColumn, InputAccount account) =>
        Read(path, postcodeColumn, account, null);

    /// <inheritdoc cref="Read(string, string, InputAccount)"/>
    /// <param name="path">The CSV file.</param>
    /// <param name="postcodeColumn">The column holding the postcode.</param>
    /// <param name="account">Receives the row counts and rejections.</param>
    /// <param name="warnings">Receives problems the rows were read despite (bytes that were not UTF-8).</param>
    /// <param name="dateColumn">A column of dates or months each referral must carry, read into <see cref="ReferralRecord.Month"/>; <c>null</c> reads none.</param>
    public static IEnumerable<ReferralRecord> Read(string path, string postcodeColumn, InputAccount account, ICollection<InputWarning>? warnings, string? dateColumn = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        using var table = CsvTable.Open(path, warnings);
        var postcode = table.Column(postcodeColumn);
        var date = dateColumn is null ? (CsvColumn?)null : table.Column(dateColumn);
        var others = table.Columns.Where(column => column.Index != postcode.Index).ToArray();

        foreach (var row in table.Rows())
        {
            account.CountRead();
            if (row.Problem is not null)
            {
                account.Reject(row.MalformedRejection(account));
                continue;
            }

            var written = row[postcode];
            if (!Postcode.TryNormalise(written, out var normalised))
            {
                var detail = written.Length == 0 ? "postcode is empty" : $"'{written}' is not a UK postcode";
                account.Reject(row.Rejection(account, RejectionReason.InvalidPostcode, postcode.Name, detail));
                continue;
            }

            string? month = null;
            if (date is { } dated && !MonthText.TryRead(row[dated], out month))
            {
                account.Reject(row.Rejection(account, RejectionReason.InvalidDate, dated.Name, MonthText.Problem(dated.Name, row[dated])));
                continue;
            }

            var fields = new Dictionary<string, string>(others.Length, StringComparer.OrdinalIgnoreCase);
            foreach (var column in others)
            {
                fields.TryAdd(column.Name, row[column]);
            }

            yield return new ReferralRecord(row.Line, normalised, fields) { Month = month };
        }
    }
}
