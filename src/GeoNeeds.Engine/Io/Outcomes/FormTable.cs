using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Io.Outcomes;

/// <summary>A file of intake or exit forms opened with every required column found up front.</summary>
internal sealed class FormTable : IDisposable
{
    private FormTable(CsvTable table, IReadOnlyDictionary<string, CsvColumn> required)
    {
        Table = table;
        Required = required;
        Others = [.. table.Columns.Where(column => !required.Values.Contains(column))];
    }

    public CsvTable Table { get; }

    /// <summary>The required columns by their documented name.</summary>
    public IReadOnlyDictionary<string, CsvColumn> Required { get; }

    /// <summary>The columns the forms add, passed through to profiles.</summary>
    public IReadOnlyList<CsvColumn> Others { get; }

    public CsvColumn this[string name] => Required[name];

    /// <summary>Opens <paramref name="path"/> and finds <paramref name="columns"/>.</summary>
    /// <exception cref="InputDataException">The file cannot be read, or lacks columns; the message names every missing one and the header.</exception>
    public static FormTable Open(string path, IReadOnlyList<string> columns, ICollection<InputWarning>? warnings)
    {
        var table = CsvTable.Open(path, warnings);
        try
        {
            var missing = columns.Where(name => table.FindColumn(name) is null).ToList();
            if (missing.Count > 0)
            {
                var names = string.Join(", ", missing.Select(name => $"'{name}'"));
                throw new InputDataException(path, 1, missing[0],
                    $"missing {(missing.Count == 1 ? "column" : "columns")} {names}; the header has: {table.HeaderText}");
            }

            return new FormTable(table, columns.Distinct().ToDictionary(name => name, name => table.FindColumn(name)!.Value));
        }
        catch
        {
            table.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The well-formed rows, each counted in <see cref="InputAccount.Read"/>; malformed ones are counted too and rejected
    /// as <see cref="RejectionReason.MalformedRow"/>.
    /// </summary>
    public IEnumerable<FormRow> Rows(InputAccount account)
    {
        foreach (var row in Table.Rows())
        {
            account.CountRead();
            if (row.Problem is not null)
            {
                account.Reject(row.MalformedRejection(account));
                continue;
            }

            yield return new FormRow(row, account);
        }
    }

    /// <summary>The <paramref name="names"/> columns' values read by <paramref name="read"/>, by name (case ignored).</summary>
    public IReadOnlyDictionary<string, T> Fields<T>(IEnumerable<string> names, Func<CsvColumn, T> read) =>
        names.ToDictionary(name => name, name => read(this[name]), StringComparer.OrdinalIgnoreCase);

    /// <summary>The added columns' values, then <paramref name="named"/>, by header name (case ignored).</summary>
    public Dictionary<string, string?> Profile(FormRow row, IEnumerable<string> named)
    {
        var profile = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in named.Select(name => this[name]).Concat(Others))
        {
            profile.TryAdd(column.Name, row.Text(column));
        }

        return profile;
    }

    public void Dispose() => Table.Dispose();
}
