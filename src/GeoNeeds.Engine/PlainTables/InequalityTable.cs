using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Publish;

namespace GeoNeeds.Engine.PlainTables;

/// <summary>
/// The <c>inequality</c> table: <c>area_code,count,population,imd_decile</c> in; <see cref="InequalityLayout"/>'s
/// rows out (<see cref="InequalityMeasure"/>).
/// </summary>
public static class InequalityTable
{
    /// <summary>Reads the table; an empty population is a warning and leaves the area out.</summary>
    /// <exception cref="InputDataException">A column is missing; a code is empty or repeats; a count or population is not a number or is negative; a decile is not 1–10.</exception>
    public static InputTable<AreaDeprivation> Read(TableInput input, ICollection<InputWarning>? warnings = null) =>
        IndicatorCsv.Read<AreaDeprivation>(input, "area_code", table =>
        {
            var (code, count, population, decile) = (table.Column("area_code"), table.Column("count"), table.Column("population"), table.Column("imd_decile"));
            return row => new AreaDeprivation(
                row.RequiredText(code),
                IndicatorFields.ZeroOrMore(row, count),
                IndicatorFields.Population(row, population, input.Name, $"{row[code]} is left out of its decile", warnings, zeroLeavesEmpty: false),
                IndicatorFields.Decile(row, decile));
        }, warnings);

    /// <summary>Writes <paramref name="result"/> in <see cref="InequalityLayout"/>.</summary>
    public static void Write(string path, InequalityResult result) =>
        CsvTableWriter.Write(path, InequalityLayout.Columns, InequalityLayout.Rows(result).Select(PublishedNumber.WithoutNoise));
}
