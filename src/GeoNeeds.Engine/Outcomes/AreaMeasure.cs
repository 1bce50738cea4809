using GeoNeeds.Engine.Io.Outcomes;

namespace GeoNeeds.Engine.Outcomes;

/// <summary>
/// A headline measure of outcomes by area (<c>&lt;level&gt;_outcomes.csv</c>): one category of one breakdown of the
/// report over the cases placed in an area, published as its count and its share of the breakdown's base.
/// </summary>
/// <param name="Column">The column of the count; its percentage and limits follow as <c>&lt;column&gt;_percent</c>, <c>_lower_95</c>, <c>_upper_95</c>.</param>
/// <param name="Category">The category of the breakdown counted.</param>
/// <param name="Description">What is counted, and of which cases, in words.</param>
/// <param name="Source">The breakdown of an area's report the count comes from.</param>
public sealed record AreaMeasure(string Column, string Category, string Description, Func<OutcomeReport, Breakdown> Source)
{
    /// <summary>The bases published per area: every case, the closed cases, and those with a DASH score at intake and exit.</summary>
    public static IReadOnlyList<(string Column, string Description, Func<OutcomeReport, Breakdown> Source)> Bases { get; } =
    [
        ("cases_supported", "Cases of the service (one intake form each) placed in the area", r => r.Profile[0]),
        ("cases_closed", "Closed cases (with an exit form) placed in the area", r => r.Cases.Breakdowns[0]),
        ("cases_with_dash", "Closed cases with a DASH score at intake and at exit", r => r.Dash.AtIntake),
    ];

    /// <summary>The headline measures, each a share of one of <see cref="Bases"/>.</summary>
    public static IReadOnlyList<AreaMeasure> All { get; } =
    [
        new("high_risk_intake", DashBand.High, "Cases with DASH at both points that were at high risk (10+ ticks) at intake", r => r.Dash.AtIntake),
        new("high_risk_exit", DashBand.High, "Cases with DASH at both points that were at high risk (10+ ticks) at exit", r => r.Dash.AtExit),
        new("dash_fell", DashChange.Fell, "Cases with DASH at both points whose score fell", r => r.Dash.Score),
        new("feels_safer", "yes", "Closed cases who felt safer at exit", r => Closed(r, OutcomeColumns.FeelsSafer)),
        new("wellbeing_improved", "yes", "Closed cases whose wellbeing improved", r => Closed(r, OutcomeColumns.WellbeingImproved)),
    ];

    private static Breakdown Closed(OutcomeReport report, string measure) => report.Cases.Breakdowns.First(b => b.Measure == measure);
}
