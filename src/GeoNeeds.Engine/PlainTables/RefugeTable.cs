using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Publish;

namespace GeoNeeds.Engine.PlainTables;

/// <summary>
/// The <c>refuge</c> table: <c>area_code,area_name,population,provided</c> in; <see cref="RefugeLayout"/>'s rows out
/// (<see cref="RefugeMeasure"/>), then any other input columns.
/// </summary>
public static class RefugeTable
{
    /// <summary>Reads <c>area_code,area_name,</c>(<c>population</c> or <c>female_15_64</c>)<c>,provided</c>; other columns are kept.</summary>
    /// <exception cref="InputDataException">A column is missing; a code is empty or repeats; a population or number of spaces is not a number or is negative.</exception>
    public static InputTable<RefugeArea> Read(TableInput input, RefugeBasis basis = RefugeBasis.Population, ICollection<InputWarning>? warnings = null) =>
        IndicatorCsv.Read<RefugeArea>(input, "area_code", table =>
        {
            var code = table.Column("area_code");
            var name = table.Column("area_name");
            var population = table.Column(RefugeLayout.BasisColumn(basis));
            var provided = table.Column("provided");
            return row => new RefugeArea(row.RequiredText(code), row[name], IndicatorFields.ZeroOrMore(row, population), IndicatorFields.ZeroOrMore(row, provided));
        }, warnings);

    /// <summary>Writes the layout's rows, the passed-through columns, and the <c>TOTAL</c> row (passed-through fields empty).</summary>
    /// <exception cref="InputDataException">The input already has a column the output computes.</exception>
    public static void Write(string path, InputTable<RefugeArea> table, RefugeAssessment assessment, RefugeBasis basis = RefugeBasis.Population, CsvFormulas formulas = CsvFormulas.Neutralise) =>
        IndicatorCsv.WriteLayout(path, table, RefugeLayout.Columns(basis), ["area_code", "area_name", "provided", RefugeLayout.BasisColumn(basis)],
            (_, index) => PublishedNumber.WithoutNoise(RefugeLayout.Row(assessment, index)), formulas, PublishedNumber.WithoutNoise(RefugeLayout.TotalRow(assessment)));
}
