using System.Globalization;
using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Io.Outcomes;

/// <summary>
/// Reads the fields of one intake or exit form, keeping the first bad value as the row's rejection: one shared
/// check of dates, DASH scores, counts, levels, answers and choices for both readers.
/// </summary>
internal sealed class FormRow(CsvRow row, InputAccount account)
{
    // UK dates are day first; ISO dates are what case-management exports write.
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "yyyy/MM/dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>The first bad value's rejection, or <c>null</c> while every field read so far was good.</summary>
    public Rejection? Problem { get; private set; }

    public long Line => row.Line;

    /// <summary>The text of <paramref name="column"/>, or <c>null</c> when empty.</summary>
    public string? Text(CsvColumn column) => row.ValueOrNull(column);

    /// <summary>The required text of <paramref name="column"/> (a case id): empty is a rejection.</summary>
    public string Required(CsvColumn column) =>
        Text(column) ?? Reject(column, RejectionReason.MissingValue, $"{column.Name} is empty") ?? "";

    /// <summary>The date in <paramref name="column"/>; empty or not a date of the calendar is a rejection.</summary>
    public DateOnly Date(CsvColumn column)
    {
        var written = row[column];
        if (DateTime.TryParseExact(written, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return DateOnly.FromDateTime(date);
        }

        Reject(column, RejectionReason.InvalidDate, written.Length == 0
            ? $"{column.Name} is empty"
            : $"'{written}' is not a date of the calendar in a form GeoNeeds reads (yyyy-MM-dd, dd/MM/yyyy)");
        return default;
    }

    /// <summary>A whole number from 0 to <paramref name="maximum"/> in <paramref name="column"/>, or <c>null</c> when empty.</summary>
    public int? WholeNumber(CsvColumn column, int maximum = int.MaxValue)
    {
        if (Text(column) is not { } written)
        {
            return null;
        }

        if (TableNumber.TryParseWhole(written, out var value) && value >= 0 && value <= maximum)
        {
            return (int)value;
        }

        var range = maximum == int.MaxValue ? "a whole number, 0 or more" : $"a whole number from 0 to {maximum}";
        return Reject<int?>(column, RejectionReason.InvalidNumber, $"'{written}' is not {range}");
    }

    /// <summary>The level in <paramref name="column"/>, or <c>null</c> when empty; an unknown word is a rejection.</summary>
    public AbuseLevel? Level(CsvColumn column) =>
        Text(column) is { } written ? OutcomeWords.Level(OutcomeWords.Canonical(written)) ?? Unknown<AbuseLevel?>(column, written, OutcomeWords.Levels) : null;

    /// <summary>The answer in <paramref name="column"/>, or <c>null</c> when empty; an unknown word is a rejection.</summary>
    public Answer? Answer(CsvColumn column) =>
        Text(column) is { } written ? OutcomeWords.Answer(OutcomeWords.Canonical(written)) ?? Unknown<Answer?>(column, written, OutcomeWords.Answers) : null;

    /// <summary>One of <paramref name="words"/> in <paramref name="column"/>, canonically spelt, or <c>null</c> when empty.</summary>
    public string? Choice(CsvColumn column, IReadOnlyList<string> words)
    {
        if (Text(column) is not { } written)
        {
            return null;
        }

        var canonical = OutcomeWords.Canonical(written);
        return words.Contains(canonical) ? canonical : Unknown<string?>(column, written, words);
    }

    /// <summary>A rejection of the whole form for a reason found beyond its own fields (a case already closed).</summary>
    public Rejection Rejection(string reason, string field, string detail) => row.Rejection(account, reason, field, detail);

    private T? Unknown<T>(CsvColumn column, string written, IEnumerable<string> accepted) =>
        Reject<T>(column, RejectionReason.InvalidValue, OutcomeWords.Unknown(written, accepted));

    private T? Reject<T>(CsvColumn column, string reason, string detail)
    {
        Problem ??= row.Rejection(account, reason, column.Name, detail);
        return default;
    }

    private string? Reject(CsvColumn column, string reason, string detail) => Reject<string>(column, reason, detail);
}
