using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Publish;

namespace GeoNeeds.Engine.PlainTables;

/// <summary>
/// The <c>change</c> table: <c>area_code,count_before,count_after,population</c> (and optionally <c>area_name</c>)
/// in; <see cref="ChangeLayout"/>'s columns out (<see cref="ChangeMeasure"/>), then any other input columns.
/// </summary>
public static class ChangeTable
{
    /// <summary>Reads the table; an empty or zero population is a warning (that area gets no rate or quadrant).</summary>
    /// <exception cref="InputDataException">A column is missing; a code is empty or repeats; a count or population is not a number or is negative.</exception>
    public static InputTable<AreaChange> Read(TableInput input, ICollection<InputWarning>? warnings = null) =>
        IndicatorCsv.Read<AreaChange>(input, "area_code", table =>
        {
            var (code, before, after, population) = (table.Column("area_code"), table.Column("count_before"), table.Column("count_after"), table.Column("population"));
            var name = IndicatorCsv.Optional(table, "area_name");
            return row => new AreaChange(
                row.RequiredText(code),
                name(row),
                IndicatorFields.ZeroOrMore(row, before),
                IndicatorFields.ZeroOrMore(row, after),
                IndicatorFields.Population(row, population, input.Name, $"the rate and quadrant of {row[code]} are left empty", warnings));
        }, warnings);

    /// <summary>Writes each area's change (<see cref="ChangeLayout"/>) and the input's other columns.</summary>
    /// <exception cref="InputDataException">The input already has a column the output computes.</exception>
    public static void Write(string path, InputTable<AreaChange> table, ChangeAssessment assessment, CsvFormulas formulas = CsvFormulas.Neutralise) =>
        IndicatorCsv.WriteLayout(path, table, ChangeLayout.Columns, ["area_code", "area_name", "count_before", "count_after", "population"],
            (_, index) => PublishedNumber.WithoutNoise(ChangeLayout.Row(assessment.Areas[index])), formulas);
}
