using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Indicators;

/// <summary>
/// Reading and writing the plain CSVs of the indicator verbs the same way for all of them: named columns, one row
/// per area with unique codes, faults at file:line:column, and output that repeats every input column.
/// </summary>
internal static class IndicatorCsv
{
    /// <summary>
    /// Reads every row of <paramref name="input"/> with the parser <paramref name="bind"/> makes once it knows the
    /// columns. With <paramref name="areaCode"/>, that column must be filled and unique.
    /// </summary>
    /// <exception cref="InputDataException">A column is missing, a row is malformed, an area code repeats, or the parser found a fault.</exception>
    public static InputTable<T> Read<T>(TableInput input, string? areaCode, Func<CsvTable, Func<CsvRow, T>> bind, ICollection<InputWarning>? warnings) =>
        input.Read(table =>
        {
            var parse = bind(table);
            var code = areaCode is null ? (CsvColumn?)null : table.Column(areaCode);
            var codes = code is null ? null : new KeyedRows<long>(table, code.Value);
            var rows = new List<InputRow<T>>();
            foreach (var row in table.WellFormedRows())
            {
                if (code is { } codeColumn)
                {
                    codes!.Add(row.RequiredText(codeColumn), row.Line, row.Line);
                }

                rows.Add(new InputRow<T>(row.Line, parse(row), [.. table.Columns.Select(c => row[c])]));
            }

            return new InputTable<T>(input.Name, [.. table.Columns.Select(c => c.Name)], rows);
        }, warnings);

    /// <summary>
    /// Writes every input column of <paramref name="table"/> followed by <paramref name="added"/>, the values of
    /// which <paramref name="values"/> gives per row (<see cref="CsvTableWriter"/>: invariant, full precision).
    /// </summary>
    /// <exception cref="InputDataException">The input already has a column the output adds.</exception>
    public static void WriteAdding<T>(string path, InputTable<T> table, IReadOnlyList<string> added, Func<InputRow<T>, int, IReadOnlyList<object?>> values, CsvFormulas formulas)
    {
        RequireNoClash(table, added);
        CsvTableWriter.Write(path, [.. table.Columns, .. added], table.Rows.Select((row, index) => (IReadOnlyList<object?>)[.. row.Fields, .. values(row, index)]), formulas);
    }

    /// <summary>
    /// Writes a measure's layout <paramref name="columns"/> (the cells <paramref name="cells"/> gives per input row,
    /// then <paramref name="appended"/> rows such as a total) followed by the input's other columns, unchanged;
    /// appended rows leave those empty. <paramref name="read"/> are the layout columns taken from the input.
    /// </summary>
    /// <exception cref="InputDataException">The input already has a column the layout computes.</exception>
    public static void WriteLayout<T>(
        string path,
        InputTable<T> table,
        IReadOnlyList<string> columns,
        IEnumerable<string> read,
        Func<InputRow<T>, int, IReadOnlyList<object?>> cells,
        CsvFormulas formulas,
        params IEnumerable<IReadOnlyList<object?>> appended)
    {
        var fromInput = read.ToHashSet(StringComparer.OrdinalIgnoreCase);
        RequireNoClash(table, columns.Where(c => !fromInput.Contains(c)));
        var extras = ExtraColumns(table, columns);
        var rows = table.Rows.Select((row, index) => (IReadOnlyList<object?>)[.. cells(row, index), .. extras.Select(e => row.Fields[e])])
            .Concat(appended.Select(row => (IReadOnlyList<object?>)[.. row, .. extras.Select(_ => "")]));
        CsvTableWriter.Write(path, [.. columns, .. extras.Select(e => table.Columns[e])], rows, formulas);
    }

    /// <summary>The value of an optional text column of the input (e.g. <c>area_name</c>), or "" when the table has none.</summary>
    public static Func<CsvRow, string> Optional(CsvTable table, string column) =>
        table.FindColumn(column) is { } found ? row => row[found] : _ => "";

    /// <summary>The input columns other than <paramref name="known"/>, which pass through after a verb's fixed columns.</summary>
    public static IReadOnlyList<int> ExtraColumns<T>(InputTable<T> table, IEnumerable<string> known)
    {
        var names = known.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. table.Columns.Select((name, index) => (name, index)).Where(c => !names.Contains(c.name)).Select(c => c.index)];
    }

    /// <exception cref="InputDataException">The input already has a column of one of these names.</exception>
    public static void RequireNoClash<T>(InputTable<T> table, IEnumerable<string> added)
    {
        var clash = added.FirstOrDefault(name => table.Columns.Contains(name, StringComparer.OrdinalIgnoreCase));
        if (clash is not null)
        {
            throw new InputDataException(table.Name, 1, clash, $"the input already has a column '{clash}', which the output adds; rename or remove it");
        }
    }
}
