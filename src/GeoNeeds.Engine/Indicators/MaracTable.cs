using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>An area's adult female population, its MARAC cases in a year and, optionally, its IDVA staff (FTE).</summary>
public sealed record MaracArea(string AreaCode, string AreaName, double AdultWomen, double Cases, double? IdvaFte);

/// <summary>An area's MARAC volume against SafeLives' recommendation and, when staffing was given, its IDVA gap.</summary>
public sealed record MaracAreaResult(MaracComparison Marac, IdvaComparison? Idva);

/// <summary>
/// The <c>marac</c> table: <c>area_code,area_name,adult_female_population,cases</c> in, the same with
/// <c>expected_cases,rate_per_10k,difference,pct_of_expected</c> added out (<see cref="MaracVolume"/>), and
/// <c>idva_fte_recommended,idva_fte_gap</c> when an IDVA column and recommendation are given (<see cref="IdvaCapacity"/>).
/// </summary>
public static class MaracTable
{
    /// <summary>The columns the output adds.</summary>
    public static IReadOnlyList<string> AddedColumns { get; } = ["expected_cases", "rate_per_10k", "difference", "pct_of_expected"];

    /// <summary>The columns the output adds when IDVA staffing is compared too.</summary>
    public static IReadOnlyList<string> IdvaColumns { get; } = ["idva_fte_recommended", "idva_fte_gap"];

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

    /// <summary>
    /// Each area's cases against <paramref name="casesPer10000"/> per 10,000 adult women and, with
    /// <paramref name="idvaFtePer100000"/>, its IDVA FTE against that many per 100,000 adult women.
    /// </summary>
    public static IReadOnlyList<MaracAreaResult> Assess(IEnumerable<MaracArea> areas, double casesPer10000 = MaracVolume.SafeLivesCasesPer10000AdultWomen, double? idvaFtePer100000 = null) =>
        [.. areas.Select(area => new MaracAreaResult(
            MaracVolume.Compare(area.AdultWomen, area.Cases, casesPer10000),
            area.IdvaFte is { } fte && idvaFtePer100000 is { } per ? IdvaCapacity.Compare(area.AdultWomen, fte, per) : null))];

    /// <summary>Writes the input's columns and the comparison (IDVA columns when the results have them).</summary>
    public static void Write(string path, InputTable<MaracArea> table, IReadOnlyList<MaracAreaResult> results)
    {
        var withIdva = results.Any(r => r.Idva is not null);
        IndicatorCsv.WriteAdding(path, table, withIdva ? [.. AddedColumns, .. IdvaColumns] : AddedColumns, (_, index) =>
        {
            var (marac, idva) = (results[index].Marac, results[index].Idva);
            IReadOnlyList<object?> values = [marac.ExpectedCases, marac.RatePer10000, marac.Difference, marac.PercentOfExpected];
            return withIdva ? [.. values, idva?.RecommendedFte, idva?.Gap] : values;
        });
    }
}
