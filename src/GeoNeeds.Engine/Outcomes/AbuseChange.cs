using GeoNeeds.Engine.Io.Outcomes;

namespace GeoNeeds.Engine.Outcomes;

/// <summary>
/// How the level of one type of abuse changed from intake to exit, as the SafeLives Insights outcome reports count it:
/// a row group of <c>outcomes_abuse_change.csv</c>.
/// </summary>
/// <param name="Type">The abuse type (<see cref="OutcomeColumns.AbuseTypes"/>).</param>
/// <param name="Present">
/// Of closed cases with the abuse at intake (standard, moderate or high) and a known level at exit: <c>reduced</c>,
/// <c>reduced_to_none</c> and <c>unchanged</c>.
/// </param>
/// <param name="High">Of those at high at intake with a known level at exit: <c>high_to_none</c>.</param>
/// <param name="Known">
/// Of every closed case with a known level at both points: <c>increased</c> (an increase can start from none, so it is
/// not a share of those with the abuse at intake).
/// </param>
/// <param name="AtIntake">Of the same cases as <paramref name="Known"/>: <c>present</c> (standard or above) at intake, measure <c>&lt;type&gt;_intake</c>.</param>
/// <param name="AtExit">Of the same cases: <c>present</c> at exit, measure <c>&lt;type&gt;_exit</c> (with <paramref name="AtIntake"/>, the intake-and-exit chart).</param>
public sealed record AbuseChange(string Type, Breakdown Present, Breakdown High, Breakdown Known, Breakdown AtIntake, Breakdown AtExit)
{
    public const string Reduced = "reduced";
    public const string ReducedToNone = "reduced_to_none";
    public const string Unchanged = "unchanged";
    public const string HighToNone = "high_to_none";
    public const string Increased = "increased";
    public const string PresentCategory = "present";

    /// <summary>Every breakdown, in the order <c>outcomes_abuse_change.csv</c> publishes them.</summary>
    public IEnumerable<Breakdown> Breakdowns => [Present, High, Known, AtIntake, AtExit];

    /// <summary>The change in <paramref name="type"/> over the closed <paramref name="cases"/>.</summary>
    public static AbuseChange Of(string type, IEnumerable<OutcomeCase> cases)
    {
        var known = cases
            .Select(c => (Intake: Severity(c.Intake.Abuse[type]), Exit: Severity(c.Exit?.Abuse[type])))
            .Where(p => p.Intake is not null && p.Exit is not null)
            .Select(p => (Intake: p.Intake!.Value, Exit: p.Exit!.Value))
            .ToList();
        var present = known.Where(p => p.Intake > 0).ToList();
        var high = known.Where(p => p.Intake == Severity(AbuseLevel.High)).ToList();
        var presentBase = $"closed cases with {type} abuse at intake and a known level at exit";
        var knownBase = $"closed cases with a known level of {type} abuse at intake and exit";
        return new AbuseChange(
            type,
            new Breakdown(type, presentBase, present.Count,
            [
                new CategoryCount(Reduced, present.LongCount(p => p.Exit < p.Intake)),
                new CategoryCount(ReducedToNone, present.LongCount(p => p.Exit == 0)),
                new CategoryCount(Unchanged, present.LongCount(p => p.Exit == p.Intake)),
            ]),
            Breakdown.Share(type, HighToNone, $"closed cases with high {type} abuse at intake and a known level at exit", high, p => p.Exit == 0),
            Breakdown.Share(type, Increased, knownBase, known, p => p.Exit > p.Intake),
            Breakdown.Share($"{type}_intake", PresentCategory, knownBase, known, p => p.Intake > 0),
            Breakdown.Share($"{type}_exit", PresentCategory, knownBase, known, p => p.Exit > 0));
    }

    /// <summary>0 for none up to 3 for high; <c>null</c> when not known (empty or don't know).</summary>
    private static int? Severity(AbuseLevel? level) => level switch
    {
        AbuseLevel.None => 0,
        AbuseLevel.Standard => 1,
        AbuseLevel.Moderate => 2,
        AbuseLevel.High => 3,
        _ => null,
    };
}
