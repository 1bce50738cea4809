using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Io.AreaValues;

/// <summary>
/// Reads one numeric column per area from a plain CSV table (<c>area_code,…,value,…</c>), such as an area table
/// GeoNeeds wrote, for statistics that need a value for every area. Other columns are ignored.
/// </summary>
public static class AreaValueReader
{
    /// <summary>The area code column of GeoNeeds' plain-CSV verbs.</summary>
    public const string DefaultCodeColumn = "area_code";

    /// <summary>Reads <paramref name="valueColumn"/> for every row of <paramref name="path"/>.</summary>
    /// <param name="path">The CSV file (header on line 1; UTF-8, with or without a byte order mark).</param>
    /// <param name="valueColumn">The column holding the values (case and surrounding spaces ignored).</param>
    /// <param name="codeColumn">The column holding the area codes.</param>
    /// <exception cref="InputDataException">
    /// The file is missing or empty; a column is absent; a row is malformed, has no code, repeats a code, or has a value
    /// that is empty or not a number (a suppressed <c>*</c> included): a statistic over neighbouring areas cannot leave
    /// an area out without changing its neighbours'.
    /// </exception>
    public static AreaValueTable Read(string path, string valueColumn, string codeColumn = DefaultCodeColumn)
    {
        using var table = CsvTable.Open(path);
        var codes = table.Column(codeColumn);
        var values = table.Column(valueColumn);
        var keyed = new KeyedRows<double>(table, codes);
        var rows = new List<AreaValue>();
        foreach (var row in table.WellFormedRows())
        {
            var value = Parse(row, codes, values);
            keyed.Add(value.Code, value.Value, row.Line);
            rows.Add(value);
        }

        if (rows.Count == 0)
        {
            throw new InputDataException(path, 1, "", "the table has a header but no rows");
        }

        return new AreaValueTable(path, codes.Name, values.Name, rows);
    }

    /// <summary>One row's code and value.</summary>
    /// <exception cref="InputDataException">The code is empty, or the value is empty or not a number.</exception>
    internal static AreaValue Parse(CsvRow row, CsvColumn codes, CsvColumn values)
    {
        var code = row.RequiredText(codes);
        var text = row[values];
        if (!TableNumber.TryParse(text, out var value))
        {
            var problem = text.Length == 0 ? "the value is empty" : $"'{text}' is not a number";
            throw row.Fault(values.Name, $"{problem} for area '{code}'; every area needs a value (a suppressed or missing one cannot be used here)");
        }

        return new AreaValue(code, value, row.Line);
    }
}
