using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.AreaValues;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Stats.Spatial;

namespace GeoNeeds.Engine.Indicators;

/// <summary>
/// The <c>hotspots</c> table: <c>area_code</c> and a value column in (a file or standard input), and
/// <c>area_code,gi_z,gi_p,moran_i,moran_p,cluster</c> out, followed by the input's other columns unchanged
/// (<see cref="HotSpotAnalysis"/>).
/// </summary>
public static class HotSpotTable
{
    /// <summary>The fixed columns of the output, before the passed-through ones.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["area_code", "gi_z", "gi_p", "moran_i", "moran_p", "cluster"];

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

    /// <summary>Writes the statistics of each row (in input order) and the input's columns other than <c>area_code</c>.</summary>
    /// <exception cref="InputDataException">The input already has a column the output adds.</exception>
    public static void Write(string path, InputTable<AreaValue> table, HotSpotResult result)
    {
        var extras = IndicatorCsv.ExtraColumns(table, [AreaValueReader.DefaultCodeColumn]);
        IndicatorCsv.RequireNoClash(table, Columns.Skip(1));
        var rows = table.Rows.Zip(result.Rows, (input, row) => (IReadOnlyList<object?>)
            [row.Code, row.GiStar.Z, row.GiStar.P, row.LocalMoran.I, row.LocalMoran.PseudoP, row.LocalMoran.Label.Code(), .. extras.Select(e => input.Fields[e])]);
        CsvTableWriter.Write(path, [.. Columns, .. extras.Select(e => table.Columns[e])], rows);
    }
}
