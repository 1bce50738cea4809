using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.AreaValues;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Publish;

namespace GeoNeeds.Engine.PlainTables;

/// <summary>
/// The <c>hotspots</c> table: <c>area_code</c> and a value column in (a file or standard input), and
/// <see cref="HotSpotLayout"/>'s columns out (<c>area_name</c> from the input when it has one), followed by the input's other columns unchanged
/// (<see cref="HotSpotAnalysis"/>).
/// </summary>
public static class HotSpotTable
{
    /// <summary>Reads <c>area_code</c> and <paramref name="valueColumn"/> of every row (other columns are kept).</summary>
    /// <exception cref="InputDataException">
    /// A column is missing; a code is empty or repeats; a value is empty or not a number (a suppressed <c>*</c>
    /// included): a statistic over neighbouring areas cannot leave an area out without changing its neighbours'.
    /// </exception>
    public static InputTable<AreaValue> Read(TableInput input, string valueColumn, ICollection<InputWarning>? warnings = null) =>
        IndicatorCsv.Read<AreaValue>(input, AreaValueReader.DefaultCodeColumn, table =>
        {
            var codes = table.Column(AreaValueReader.DefaultCodeColumn);
            var values = table.Column(valueColumn);
            return row => AreaValueReader.Parse(row, codes, values);
        }, warnings);

    /// <summary>The values as <see cref="HotSpotAnalysis.Run"/> takes them.</summary>
    public static AreaValueTable Values(InputTable<AreaValue> table, string valueColumn) =>
        new(table.Name, AreaValueReader.DefaultCodeColumn, table.Columns.FirstOrDefault(c => string.Equals(c, valueColumn, StringComparison.OrdinalIgnoreCase)) ?? valueColumn, table.Values);

    /// <summary>Writes the statistics of each row (<see cref="HotSpotLayout"/>, in input order) and the input's other columns.</summary>
    /// <exception cref="InputDataException">The input already has a column the output computes.</exception>
    public static void Write(string path, InputTable<AreaValue> table, HotSpotResult result, CsvFormulas formulas = CsvFormulas.Neutralise)
    {
        var name = table.Columns.ToList().FindIndex(c => string.Equals(c, "area_name", StringComparison.OrdinalIgnoreCase));
        IndicatorCsv.WriteLayout(path, table, HotSpotLayout.Columns, [AreaValueReader.DefaultCodeColumn, "area_name"],
            (row, index) => PublishedNumber.WithoutNoise(HotSpotLayout.Row(result.Rows[index], name < 0 ? "" : row.Fields[name])), formulas);
    }
}
