using System.Globalization;
using CsvHelper;
using GeoNeeds.Engine.Io;

namespace GeoNeeds.Viewer.Tables;

/// <summary>
/// A CSV of values by area, as <c>geoneeds assess</c> writes them (<c>ward.csv</c>, <c>lsoa_monthly.csv</c>) or an
/// analyst prepares them, read for a map or chart: columns found by name (case ignored), numbers in invariant
/// culture, <c>*</c> read as a suppressed count and an empty field as no value.
/// </summary>
public sealed class ValueTable
{
    /// <summary>The mark <c>geoneeds assess</c> writes for a suppressed small count.</summary>
    public const string SuppressedMark = Engine.Publish.Disclosure.DisclosureDecision.WithheldMark;

    private readonly Dictionary<string, int> _columns;
    private readonly List<(long Line, string[] Fields)> _rows;

    private ValueTable(string file, IReadOnlyList<string> header, List<(long Line, string[] Fields)> rows)
    {
        File = file;
        Header = header;
        _rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            _columns.TryAdd(header[i], i);
        }
    }

    /// <summary>The file read, as given (used in messages).</summary>
    public string File { get; }

    /// <summary>The column names in file order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The number of data rows.</summary>
    public int Count => _rows.Count;

    /// <summary>Reads a comma-separated file with a header row (UTF-8, with or without a byte-order mark).</summary>
    /// <exception cref="InputDataException">The file is missing or empty, or a row has the wrong number of fields.</exception>
    public static ValueTable Read(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new InputDataException(path, "file not found");
        }

        using var text = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        using var reader = CsvReader.Create(text, CsvReaderOptions.Default with { Separator = ',', HasHeader = true, TrackLineNumbers = true }, leaveOpen: false);
        var header = reader.Headers.Select(h => h.Replace("\uFEFF", "", StringComparison.Ordinal).Trim()).ToArray();
        if (header is [] or [""])
        {
            throw new InputDataException(path, "file is empty");
        }

        var rows = new List<(long, string[])>();
        while (reader.Read())
        {
            var fields = reader.Current.ToArray();
            if (fields.Length != header.Length)
            {
                throw new InputDataException(path, reader.LineNumber, "", $"the row has {fields.Length} fields where the header has {header.Length}");
            }

            rows.Add((reader.LineNumber, fields.Select(f => f.Trim()).ToArray()));
        }

        return new ValueTable(path, header, rows);
    }

    /// <summary>Whether the table has a column called <paramref name="name"/>.</summary>
    public bool Has(string name) => _columns.ContainsKey(name);

    /// <summary>The first column whose name matches <paramref name="predicate"/>, or null.</summary>
    public string? FirstColumn(Func<string, bool> predicate) => Header.FirstOrDefault(predicate);

    /// <summary>The text of every row in <paramref name="column"/>.</summary>
    /// <exception cref="InputDataException">No such column; the message lists the header.</exception>
    public IReadOnlyList<string> Texts(string column)
    {
        var index = IndexOf(column);
        return [.. _rows.Select(r => r.Fields[index])];
    }

    /// <summary>
    /// The numbers in <paramref name="column"/>: null for an empty field, and for <c>*</c> (a suppressed count)
    /// with the flag telling which.
    /// </summary>
    /// <exception cref="InputDataException">No such column, or a field is neither a number, empty nor <c>*</c> (file:line:column).</exception>
    public IReadOnlyList<(double? Value, bool Suppressed)> Numbers(string column)
    {
        var index = IndexOf(column);
        return [.. _rows.Select(row => Number(row.Line, column, row.Fields[index]))];
    }

    private (double? Value, bool Suppressed) Number(long line, string column, string field)
    {
        if (field.Length == 0)
        {
            return (null, false);
        }

        if (field == SuppressedMark)
        {
            return (null, true);
        }

        return double.TryParse(field, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? (value, false)
            : throw new InputDataException(File, line, column, $"'{field}' is not a number");
    }

    private int IndexOf(string column) => _columns.TryGetValue(column, out var index)
        ? index
        : throw new InputDataException(File, 1, column, $"missing column '{column}'; the header has: {string.Join(", ", Header)}");
}
