using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Publish;

namespace GeoNeeds.Engine.PlainTables;

/// <summary>
/// The <c>marac</c> table: <c>area_code,area_name,adult_female_population,cases</c> (and optionally an IDVA FTE
/// column) in; <see cref="MaracLayout"/>'s columns out (<see cref="MaracMeasure"/>), then any other input columns.
/// </summary>
public static class MaracTable
{
    /// <summary>Reads the table; <paramref name="idvaColumn"/> names the FTE IDVA column when staffing is compared.</summary>
    /// <exception cref="InputDataException">A column is missing; a code is empty or repeats; a number is not a number or is negative.</exception>
    public static InputTable<MaracArea> Read(TableInput input, string? idvaColumn = null, ICollection<InputWarning>? warnings = null) =>
        IndicatorCsv.Read<MaracArea>(input, "area_code", table =>
        {
            var code = table.Column("area_code");
            var name = table.Column("area_name");
            var women = table.Column("adult_female_population");
            var cases = table.Column("cases");
            var idva = idvaColumn is null ? (CsvColumn?)null : table.Column(idvaColumn);
            return row => new MaracArea(row.RequiredText(code), row[name], IndicatorFields.ZeroOrMore(row, women), IndicatorFields.ZeroOrMore(row, cases),
                idva is { } fte ? IndicatorFields.ZeroOrMore(row, fte) : null);
        }, warnings);

    /// <summary>Writes each area's comparison (IDVA columns when the results have them) and the input's other columns.</summary>
    /// <exception cref="InputDataException">The input already has a column the output computes.</exception>
    public static void Write(string path, InputTable<MaracArea> table, IReadOnlyList<MaracAreaResult> results)
    {
        var withIdva = MaracLayout.HasIdva(results);
        IndicatorCsv.WriteLayout(path, table, MaracLayout.Columns(withIdva), ["area_code", "area_name", "adult_female_population", "cases"],
            (_, index) => PublishedNumber.WithoutNoise(MaracLayout.Row(results[index], withIdva)));
    }
}
