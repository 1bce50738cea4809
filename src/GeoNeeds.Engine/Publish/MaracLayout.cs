using GeoNeeds.Engine.Indicators;

namespace GeoNeeds.Engine.Publish;

/// <summary>The row layout of a MARAC (and IDVA) comparison, the same in the <c>marac</c> verb's output and the study's <c>marac.csv</c>.</summary>
public static class MaracLayout
{
    private static readonly string[] IdvaColumns = ["idva_fte_recommended", "idva_fte_gap", "idva_gap_pct"];

    private static readonly string[] CasesHeardColumns = ["idva_fte_for_cases_heard", "idva_fte_gap_for_cases_heard", "idva_gap_pct_for_cases_heard"];

    /// <summary>
    /// The columns; with IDVA staffing compared, the recommended FTE, gap and gap percentage after them, and by
    /// caseload the same three on the cases heard.
    /// </summary>
    public static IReadOnlyList<string> Columns(bool withIdva = false, bool onCasesHeard = false) =>
    [
        "area_code", "area_name", "adult_female_population", "cases", "expected_cases", "rate_per_10k", "difference", "pct_of_expected",
        .. withIdva ? IdvaColumns : [],
        .. withIdva && onCasesHeard ? CasesHeardColumns : [],
    ];

    /// <summary>Whether any result compares IDVA staffing (then every row has the IDVA columns).</summary>
    public static bool HasIdva(IEnumerable<MaracAreaResult> results) => results.Any(r => r.Idva is not null);

    /// <summary>Whether any result compares IDVA staffing with the cases heard (the caseload form).</summary>
    public static bool HasCasesHeard(IEnumerable<MaracAreaResult> results) => results.Any(r => r.IdvaOnCasesHeard is not null);

    /// <summary>One area's cells.</summary>
    public static IReadOnlyList<object?> Row(MaracAreaResult result, bool withIdva = false, bool onCasesHeard = false)
    {
        var (area, marac) = (result.Area, result.Marac);
        IReadOnlyList<object?> cells = [area.AreaCode, area.AreaName, area.AdultWomen, area.Cases, marac.ExpectedCases, marac.RatePer10000, marac.Difference, marac.PercentOfExpected];
        return
        [
            .. cells,
            .. withIdva ? new object?[] { result.Idva?.RecommendedFte, result.Idva?.Gap, result.Idva?.GapPercent } : [],
            .. withIdva && onCasesHeard ? new object?[] { result.IdvaOnCasesHeard?.RecommendedFte, result.IdvaOnCasesHeard?.Gap, result.IdvaOnCasesHeard?.GapPercent } : [],
        ];
    }
}
