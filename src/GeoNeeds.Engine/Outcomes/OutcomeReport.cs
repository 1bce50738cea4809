using GeoNeeds.Engine.Io.Outcomes;

namespace GeoNeeds.Engine.Outcomes;

/// <summary>Every outcome table of one service's cases, computed once; publishing only lays them out.</summary>
/// <param name="Service">The kind of service.</param>
/// <param name="Profile">The intake profile over every case.</param>
/// <param name="Dash">Risk at intake and exit.</param>
/// <param name="Abuse">The change in each abuse type.</param>
/// <param name="Cases">What happened to closed cases.</param>
/// <param name="Children">Exposure and direct abuse at intake and exit; empty for an adult service.</param>
public sealed record OutcomeReport(
    OutcomeService Service,
    IReadOnlyList<Breakdown> Profile,
    DashChange Dash,
    IReadOnlyList<AbuseChange> Abuse,
    CaseSummary Cases,
    IReadOnlyList<ChildrenChange> Children)
{
    /// <summary>The tables of <paramref name="cases"/>, profiling <paramref name="extraFields"/> too.</summary>
    public static OutcomeReport Of(IReadOnlyCollection<OutcomeCase> cases, OutcomeService service, IEnumerable<string>? extraFields = null)
    {
        var closed = cases.Where(c => c.Exit is not null).ToList();
        return new OutcomeReport(
            service,
            IntakeProfile.Of(cases, service, extraFields ?? []),
            DashChange.Of(closed),
            [.. OutcomeColumns.AbuseTypes.Select(type => AbuseChange.Of(type, closed))],
            CaseSummary.Of(closed),
            service == OutcomeService.Children ? [.. ChildrenChange.Questions.Select(q => ChildrenChange.Of(q, closed))] : []);
    }

    /// <summary>The headline counts, scaled to 100 people of their base.</summary>
    public IReadOnlyList<PerHundred> PerHundred =>
    [
        new(Outcomes.PerHundred.Risk, "were at high risk (DASH 10+) at intake", Dash.AtIntake, DashBand.High),
        new(Outcomes.PerHundred.Risk, "were at high risk (DASH 10+) at exit", Dash.AtExit, DashBand.High),
        new(Outcomes.PerHundred.Risk, "had a lower DASH score at exit", Dash.Score, DashChange.Fell),
        .. Abuse.Select(a => new PerHundred(
            Outcomes.PerHundred.AbuseSection, $"had less {a.Type.Replace("_", " and ", StringComparison.Ordinal)} abuse at exit", a.Present, AbuseChange.Reduced)),
        new(Outcomes.PerHundred.Exit, "felt safer at exit", Breakdown(OutcomeColumns.FeelsSafer), "yes"),
        new(Outcomes.PerHundred.Exit, "had better wellbeing at exit", Breakdown(OutcomeColumns.WellbeingImproved), "yes"),
        new(Outcomes.PerHundred.Exit, "had a planned closure", Breakdown(OutcomeColumns.Closure), "planned"),
    ];

    /// <summary>Every breakdown of the closed cases (all but the profile), for year-on-year columns.</summary>
    public IEnumerable<Breakdown> ClosedBreakdowns =>
    [
        Dash.AtIntake, Dash.AtExit, Dash.Score,
        .. Abuse.SelectMany(a => a.Breakdowns),
        .. Cases.Breakdowns,
        .. Children.SelectMany(c => new[] { c.AtIntake, c.AtExit }),
    ];

    private Breakdown Breakdown(string measure) => Cases.Breakdowns.First(b => b.Measure == measure);
}
