using GeoNeeds.Engine.Indicators;

namespace GeoNeeds.Engine.Publish;

/// <summary>The row layout of a MARAC (and IDVA) comparison, the same in the <c>marac</c> verb's output and the study's <c>marac.csv</c>.</summary>
public static class MaracLayout
{
    /// <summary>The columns; with IDVA staffing compared, <c>idva_fte_recommended,idva_fte_gap</c> after them.</summary>
    public static IReadOnlyList<string> Columns(bool withIdva = false) =>
    [
        "area_code", "area_name", "adult_female_population", "cases", "expected_cases", "rate_per_10k", "difference", "pct_of_expected",
        .. withIdva ? (IEnumerable<string>)["idva_fte_recommended", "idva_fte_gap"] : [],
    ];

    /// <summary>Whether any result compares IDVA staffing (then every row has the IDVA columns).</summary>
    public static bool HasIdva(IEnumerable<MaracAreaResult> results) => results.Any(r => r.Idva is not null);

    /// <summary>One area's cells.</summary>
    public static IReadOnlyList<object?> Row(MaracAreaResult result, bool withIdva = false)
    {
        var (area, marac) = (result.Area, result.Marac);
        IReadOnlyList<object?> cells = [area.AreaCode, area.AreaName, area.AdultWomen, area.Cases, marac.ExpectedCases, marac.RatePer10000, marac.Difference, marac.PercentOfExpected];
        return withIdva ? [.. cells, result.Idva?.RecommendedFte, result.Idva?.Gap] : cells;
    }
}
