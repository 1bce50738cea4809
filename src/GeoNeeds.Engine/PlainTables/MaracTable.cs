using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Publish;

namespace GeoNeeds.Engine.PlainTables;

/// <summary>
/// The <c>marac</c> table: <c>area_code,area_name,adult_female_population,cases</c> (and optionally an IDVA FTE
/// column) in, or without <c>adult_female_population</c> when the adult women come from a population by age and
/// sex; <see cref="MaracLayout"/>'s columns out (<see cref="MaracMeasure"/>), then any other input columns.
/// </summary>
public static class MaracTable
{
    private const string WomenColumn = "adult_female_population";

    /// <summary>
    /// Reads the table; <paramref name="idvaColumn"/> names the FTE IDVA column when staffing is compared, and
    /// <paramref name="adultWomen"/> (area code → women, <see cref="Stats.AdultWomen"/>) replaces the
    /// <c>adult_female_population</c> column.
    /// </summary>
    /// <exception cref="InputDataException">
    /// A column is missing, or present when <paramref name="adultWomen"/> computes it; a code is empty, repeats or
    /// is absent from <paramref name="adultWomen"/>; a number is not a number or is negative.
    /// </exception>
    public static InputTable<MaracArea> Read(TableInput input, string? idvaColumn = null, ICollection<InputWarning>? warnings = null,
        IReadOnlyDictionary<string, double>? adultWomen = null) =>
        IndicatorCsv.Read<MaracArea>(input, "area_code", table =>
        {
            var code = table.Column("area_code");
            var name = table.Column("area_name");
            var women = WomenOf(table, adultWomen);
            var cases = table.Column("cases");
            var idva = idvaColumn is null ? (CsvColumn?)null : table.Column(idvaColumn);
            return row => new MaracArea(row.RequiredText(code), row[name], women(row, row.RequiredText(code)), IndicatorFields.ZeroOrMore(row, cases),
                idva is { } fte ? IndicatorFields.ZeroOrMore(row, fte) : null);
        }, warnings);

    private static Func<CsvRow, string, double> WomenOf(CsvTable table, IReadOnlyDictionary<string, double>? adultWomen)
    {
        if (adultWomen is null)
        {
            var column = table.Column(WomenColumn);
            return (row, _) => IndicatorFields.ZeroOrMore(row, column);
        }

        if (table.FindColumn(WomenColumn) is { } given)
        {
            throw new InputDataException(table.File, 1, given.Name, $"the input has a column '{given.Name}' and the adult women also come from the population by age and sex; give one");
        }

        return (row, code) => adultWomen.TryGetValue(code, out var women) ? women
            : throw row.Fault("area_code", $"area '{code}' has no women in the population by age and sex");
    }

    /// <summary>Writes each area's comparison (IDVA columns when the results have them) and the input's other columns.</summary>
    /// <exception cref="InputDataException">The input already has a column the output computes.</exception>
    public static void Write(string path, InputTable<MaracArea> table, IReadOnlyList<MaracAreaResult> results, CsvFormulas formulas = CsvFormulas.Neutralise)
    {
        var (withIdva, onCasesHeard) = (MaracLayout.HasIdva(results), MaracLayout.HasCasesHeard(results));
        IndicatorCsv.WriteLayout(path, table, MaracLayout.Columns(withIdva, onCasesHeard), ["area_code", "area_name", WomenColumn, "cases"],
            (_, index) => PublishedNumber.WithoutNoise(MaracLayout.Row(results[index], withIdva, onCasesHeard)), formulas);
    }
}
