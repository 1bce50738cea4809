namespace GeoNeeds.Viewer.Web.AreaTables;

/// <summary>
/// The published per-area tables the side panel shows, in the order of a needs assessment's chapter (provision,
/// prevalence, trends, comparison, hot spots, the people services see), and the short headings of their columns.
/// The figures are the run's own, withheld counts included: the panel shows what the CSVs publish.
/// </summary>
internal static class AreaTableCatalogue
{
    public static readonly IReadOnlyList<AreaTableKind> Kinds =
    [
        new("refuge.csv", "Refuge spaces against the Council of Europe minimum", ["population", "recommended", "provided", "difference", "shortfall_pct"]),
        new("marac.csv", "MARAC cases and IDVAs against SafeLives' standards", ["adult_female_population", "cases", "expected_cases", "pct_of_expected", "idva_fte_recommended", "idva_fte_gap"]),
        new("{level}_prevalence.csv", "Expected victims in a year (Crime Survey for England and Wales)", ["expected_women", "expected_men", "expected_all", "recorded", "recorded_per_expected"]),
        new("{level}_trend.csv", "Rates by period", ["indicator", "period", "months", "count", "rate", "lower_95", "upper_95", "index"]),
        new("{level}_change.csv", "Change between the study's two periods", ["indicator", "count_before", "count_after", "change", "change_pct", "quadrant"]),
        new("{level}_benchmark.csv", "Against the area it lies in", ["indicator", "rate", "lower_95", "upper_95", "parent_name", "parent_rate", "comparison"]),
        new("comparators.csv", "Among the comparator areas", ["indicator", "count", "rate", "lower_95", "upper_95", "rank"]),
        new("{level}_hotspots.csv", "Hot spots", ["indicator", "gi_z", "gi_p", "moran_i", "moran_p", "cluster"]),
        new("{level}_profiles.csv", "Who is referred", ["field", "value", "count", "percent_of_area"]),
        new("{level}_representation.csv", "Referrals against the population", ["field", "value", "count", "share", "population_share", "ratio", "ratio_lower_95", "ratio_upper_95", "against_expected"]),
        new("{level}_outcomes.csv", "Service outcomes", ["service", "cases_supported", "cases_closed", "high_risk_intake_percent", "high_risk_exit_percent", "dash_fell_percent", "feels_safer_percent", "wellbeing_improved_percent"]),
    ];

    private static readonly Dictionary<string, string> Headings = new(StringComparer.Ordinal)
    {
        ["population"] = "Population",
        ["recommended"] = "Spaces recommended",
        ["provided"] = "Spaces provided",
        ["difference"] = "Difference",
        ["shortfall_pct"] = "Shortfall %",
        ["adult_female_population"] = "Adult women",
        ["cases"] = "Cases",
        ["expected_cases"] = "Cases expected",
        ["pct_of_expected"] = "% of expected",
        ["idva_fte_recommended"] = "IDVA FTE recommended",
        ["idva_fte_gap"] = "IDVA FTE still needed",
        ["expected_women"] = "Women",
        ["expected_men"] = "Men",
        ["expected_all"] = "All",
        ["recorded"] = "Recorded",
        ["recorded_per_expected"] = "Recorded per expected",
        ["indicator"] = "Indicator",
        ["period"] = "Period",
        ["months"] = "Months",
        ["count"] = "Count",
        ["rate"] = "Rate",
        ["lower_95"] = "95% CI lower",
        ["upper_95"] = "95% CI upper",
        ["index"] = "Index (baseline 100)",
        ["count_before"] = "Before",
        ["count_after"] = "After",
        ["change"] = "Change",
        ["change_pct"] = "Change %",
        ["quadrant"] = "Rate and change",
        ["parent_name"] = "Parent area",
        ["parent_rate"] = "Parent's rate",
        ["comparison"] = "Compared",
        ["rank"] = "Rank",
        ["gi_z"] = "Gi* z",
        ["gi_p"] = "Gi* p",
        ["moran_i"] = "Local Moran's I",
        ["moran_p"] = "Moran p",
        ["cluster"] = "Cluster",
        ["field"] = "Field",
        ["value"] = "Value",
        ["percent_of_area"] = "% of the area's",
        ["share"] = "Share of referrals",
        ["population_share"] = "Share of population",
        ["ratio"] = "Ratio",
        ["ratio_lower_95"] = "Ratio 95% lower",
        ["ratio_upper_95"] = "Ratio 95% upper",
        ["against_expected"] = "Against the expected share",
        ["service"] = "Service",
        ["cases_supported"] = "Cases supported",
        ["cases_closed"] = "Cases closed",
        ["high_risk_intake_percent"] = "High risk at intake %",
        ["high_risk_exit_percent"] = "High risk at exit %",
        ["dash_fell_percent"] = "DASH score fell %",
        ["feels_safer_percent"] = "Feels safer %",
        ["wellbeing_improved_percent"] = "Wellbeing improved %",
    };

    /// <summary>The panel's heading for a column (the column's own name when the catalogue has none).</summary>
    public static string HeadingOf(string column) => Headings.GetValueOrDefault(column, column);
}
