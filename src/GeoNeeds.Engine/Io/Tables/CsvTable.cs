using CsvHelper;

namespace GeoNeeds.Engine.Io.Tables;

/// <summary>
/// A comma-separated file opened for reading: its columns, found by name whatever their case and padding, and
/// its data rows with the physical line each starts on (the header is line 1; a quoted field that spans lines
/// moves the following rows down). Every reader of tabular input goes through this so that encodings, wrong
/// delimiters, missing columns and broken rows are handled and reported the same way everywhere.
/// </summary>
/// <remarks>
/// A row with the wrong number of fields or broken quoting comes back as a malformed <see cref="CsvRow"/> instead
/// of ending the file. When broken quoting made one record of several lines (an unclosed quote), only its first
/// line is malformed and the lines after it are read again as rows of their own, so one stray quote cannot
/// swallow the rest of the file.
/// </remarks>
internal sealed class CsvTable : IDisposable
{
    private readonly Windows1252Fallback _fallback;
    private readonly CsvReader _reader;
    private readonly Dictionary<long, CsvMalformedReason> _quotingProblems = [];
    private readonly Dictionary<string, CsvColumn> _columnsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly ICollection<InputWarning>? _warnings;

    private CsvTable(string path, IReadOnlyList<string>? columnNames, ICollection<InputWarning>? warnings)
    {
        File = path;
        _warnings = warnings;
        var text = TextFile.Open(path, out _fallback);
        try
        {
            if (text.Peek() < 0)
            {
                throw new InputDataException(path, "file is empty");
            }

            _reader = CsvReader.Create(text, Options(columnNames is null, _quotingProblems), leaveOpen: false);
            Columns = (columnNames ?? ReadHeader()).Select((name, index) => new CsvColumn(index, name)).ToArray();
        }
        catch
        {
            text.Dispose();
            throw;
        }

        foreach (var column in Columns)
        {
            _columnsByName.TryAdd(column.Name, column);
        }
    }

    /// <summary>The path the table was read from, as given (used in every message).</summary>
    public string File { get; }

    /// <summary>The columns in file order.</summary>
    public IReadOnlyList<CsvColumn> Columns { get; }

    /// <summary>Opens a file whose first line is a header.</summary>
    /// <param name="path">The file.</param>
    /// <param name="warnings">Receives a warning when the file has bytes that are not UTF-8.</param>
    /// <exception cref="InputDataException">The file is missing, empty, not comma-delimited, or its header is malformed.</exception>
    public static CsvTable Open(string path, ICollection<InputWarning>? warnings = null) => new(path, null, warnings);

    /// <summary>Opens a file without a header row (OS Code-Point Open); its first line is data line 1.</summary>
    public static CsvTable OpenWithoutHeader(string path, IReadOnlyList<string> columnNames, ICollection<InputWarning>? warnings = null) =>
        new(path, columnNames, warnings);

    /// <summary>The column called <paramref name="name"/> (case and surrounding spaces ignored).</summary>
    /// <exception cref="InputDataException">No column has that name; the message lists the header.</exception>
    public CsvColumn Column(string name) =>
        FindColumn(name) ?? throw new InputDataException(File, 1, name, $"missing column '{name}'; the header has: {HeaderText}");

    /// <summary>The first of <paramref name="candidates"/> that the file has, or <c>null</c>.</summary>
    public CsvColumn? FindColumn(params IEnumerable<string> candidates)
    {
        foreach (var name in candidates)
        {
            if (_columnsByName.TryGetValue(name.Trim(), out var column))
            {
                return column;
            }
        }

        return null;
    }

    /// <summary>The first of <paramref name="candidates"/> that the file has.</summary>
    /// <param name="meaning">What the column holds, for the message (e.g. <c>postcode</c>).</param>
    /// <param name="candidates">Accepted names, most preferred first.</param>
    /// <exception cref="InputDataException">The file has none of them.</exception>
    public CsvColumn ColumnNamedAnyOf(string meaning, params IReadOnlyList<string> candidates) =>
        FindColumn(candidates) ?? throw new InputDataException(File, 1, candidates[0],
            $"missing {meaning} column (one of {string.Join(", ", candidates)}); the header has: {HeaderText}");

    /// <summary>The header as a readable list, for messages.</summary>
    public string HeaderText => string.Join(", ", Columns.Select(column => column.Name));

    /// <summary>Reads the data rows, malformed ones included; the header-only file has none.</summary>
    public IEnumerable<CsvRow> Rows()
    {
        foreach (var row in Records(_reader, _quotingProblems, lineOffset: 0))
        {
            yield return row;
        }

        if (_fallback.Warning(File) is { } warning)
        {
            _warnings?.Add(warning);
        }
    }

    /// <summary>Reads the data rows of a reference table, where a broken row is a fault in the table, not a row to skip.</summary>
    /// <exception cref="InputDataException">A row is malformed.</exception>
    public IEnumerable<CsvRow> WellFormedRows() =>
        Rows().Select(row => row.Problem is null ? row : throw row.Fault("", row.Problem));

    public void Dispose() => _reader.Dispose();

    private static CsvReaderOptions Options(bool hasHeader, Dictionary<long, CsvMalformedReason> quotingProblems) =>
        CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = hasHeader,
            TrackLineNumbers = true,
            PoolStrings = true,
            OnMalformedRecord = record => quotingProblems[record.LineNumber] = record.Reason,
        };

    private string[] ReadHeader()
    {
        var header = _reader.Headers.Select(name => name.Replace("\uFEFF", "", StringComparison.Ordinal).Trim()).ToArray();
        if (header is [] or [""])
        {
            throw new InputDataException(File, "file is empty");
        }

        if (_quotingProblems.Remove(1, out var reason))
        {
            throw new InputDataException(File, 1, "", $"the header is malformed: {Describe(reason)}");
        }

        if (header is [var only] && DelimiterSeen(only) is { } delimiter)
        {
            throw new InputDataException(File, 1, "",
                $"the header is a single column '{only}': the file looks {delimiter}-delimited; GeoNeeds expects commas");
        }

        return header;
    }

    private static string? DelimiterSeen(string header) =>
        header.Contains(';') ? "semicolon" : header.Contains('\t') ? "tab" : header.Contains('|') ? "pipe" : null;

    private IEnumerable<CsvRow> Records(CsvReader reader, Dictionary<long, CsvMalformedReason> quotingProblems, long lineOffset)
    {
        while (reader.Read())
        {
            var line = lineOffset + reader.LineNumber;
            if (quotingProblems.Remove(reader.LineNumber, out var reason))
            {
                var rest = LinesAfterFirst(reader.Current.ToString());
                yield return CsvRow.Malformed(this, line, Describe(reason));
                if (rest is not null)
                {
                    var restProblems = new Dictionary<long, CsvMalformedReason>();
                    using var restReader = CsvReader.Create(new StringReader(rest), Options(hasHeader: false, restProblems), leaveOpen: false);
                    foreach (var row in Records(restReader, restProblems, line))
                    {
                        yield return row;
                    }
                }

                continue;
            }

            var fields = reader.Current.ToArray();
            yield return fields.Length == Columns.Count
                ? new CsvRow(this, line, fields)
                : CsvRow.Malformed(this, line, $"the row has {fields.Length} fields where {Columns.Count} are expected");
        }
    }

    private static string? LinesAfterFirst(string record)
    {
        var lineBreak = record.AsSpan().IndexOfAny('\r', '\n');
        if (lineBreak < 0)
        {
            return null;
        }

        var next = record[lineBreak] == '\r' && lineBreak + 1 < record.Length && record[lineBreak + 1] == '\n' ? lineBreak + 2 : lineBreak + 1;
        return record[next..];
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "broken quoting: a quote inside a field that is not quoted",
        CsvMalformedReason.TextAfterClosingQuote => "broken quoting: text after the closing quote of a field",
        CsvMalformedReason.UnterminatedQuote => "broken quoting: a quoted field is never closed",
        _ => $"broken quoting ({reason})",
    };
}
