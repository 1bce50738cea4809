using GeoNeeds.Engine.Accounting;

namespace GeoNeeds.Engine.Io.Tables;

/// <summary>
/// One data row of a <see cref="CsvTable"/> with the physical line it starts on. A malformed row has a
/// <see cref="Problem"/> and no values.
/// </summary>
internal sealed class CsvRow
{
    private readonly string[] _fields;

    public CsvRow(CsvTable table, long line, string[] fields, string? problem = null)
    {
        Table = table;
        Line = line;
        _fields = fields;
        Problem = problem;
    }

    public CsvTable Table { get; }

    /// <summary>1-based physical line in the file where the row starts.</summary>
    public long Line { get; }

    /// <summary>Why the row could not be read (wrong field count, broken quoting), or <c>null</c>.</summary>
    public string? Problem { get; }

    /// <summary>The value in <paramref name="column"/>, without surrounding spaces; empty when the field is.</summary>
    public string this[CsvColumn column] => (_fields[column.Index] ?? "").Trim();

    public static CsvRow Malformed(CsvTable table, long line, string problem) => new(table, line, [], problem);

    /// <summary>The value, or <c>null</c> when the column is absent or the field empty.</summary>
    public string? ValueOrNull(CsvColumn? column) => column is { } present && this[present] is { Length: > 0 } value ? value : null;

    /// <summary>The number in <paramref name="column"/>; a fault of the table when it is not one.</summary>
    /// <exception cref="InputDataException">The field is empty or not a number.</exception>
    public double Number(CsvColumn column) =>
        TableNumber.TryParse(this[column], out var value) ? value : throw Fault(column.Name, $"'{this[column]}' is not a number");

    /// <summary>The whole number in <paramref name="column"/>; a fault of the table when it is not one.</summary>
    /// <exception cref="InputDataException">The field is empty or not a whole number.</exception>
    public long WholeNumber(CsvColumn column) =>
        TableNumber.TryParseWhole(this[column], out var value) ? value : throw Fault(column.Name, $"'{this[column]}' is not a whole number");

    /// <summary>The non-empty text in <paramref name="column"/>; a fault of the table when it is empty.</summary>
    /// <exception cref="InputDataException">The field is empty.</exception>
    public string RequiredText(CsvColumn column) => this[column] is { Length: > 0 } value ? value : throw Fault(column.Name, "value is empty");

    /// <summary>An exception locating a fault at this row: <c>file:line:field: problem</c>.</summary>
    public InputDataException Fault(string field, string problem) => new(Table.File, Line, field, problem);

    /// <summary>A rejection of this row for the input's account.</summary>
    public Rejection Rejection(InputAccount account, string reason, string field, string detail) =>
        new(account.Name, Table.File, Line, field, reason, detail);

    /// <summary>The rejection of a malformed row.</summary>
    public Rejection MalformedRejection(InputAccount account) =>
        Rejection(account, RejectionReason.MalformedRow, "", Problem ?? "malformed row");
}
