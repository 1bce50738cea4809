using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Outcomes;

/// <summary>
/// Risk at intake and at exit for closed cases with a DASH score at both: <c>outcomes_dash.csv</c>.
/// </summary>
/// <param name="AtIntake">Cases by <see cref="DashBand"/> at intake.</param>
/// <param name="AtExit">The same cases by band at exit.</param>
/// <param name="Score">The same cases by whether the score fell, stayed the same or rose.</param>
/// <param name="Bands">The McNemar–Bowker test of symmetry of the 3×3 intake × exit band table.</param>
/// <param name="HighRisk">McNemar's test of high against not high, intake × exit.</param>
public sealed record DashChange(Breakdown AtIntake, Breakdown AtExit, Breakdown Score, PairedTest Bands, PairedTest HighRisk)
{
    public const string BaseName = "closed cases with a DASH score at intake and exit";
    public const string Fell = "fell";
    public const string Same = "same";
    public const string Rose = "rose";

    /// <summary>The DASH change of the closed <paramref name="cases"/>.</summary>
    public static DashChange Of(IEnumerable<OutcomeCase> cases)
    {
        var scored = cases.Where(c => c.Intake.DashTicks is not null && c.Exit?.DashTicks is not null)
            .Select(c => (Intake: c.Intake.DashTicks!.Value, Exit: c.Exit!.DashTicks!.Value)).ToList();
        var paired = new double[3, 3];
        foreach (var (intake, exit) in scored)
        {
            paired[DashBand.Index(DashBand.Of(intake)!), DashBand.Index(DashBand.Of(exit)!)]++;
        }

        var high = DashBand.Index(DashBand.High);
        var highToLower = paired[high, 0] + paired[high, 1];
        var lowerToHigh = paired[0, high] + paired[1, high];
        return new DashChange(
            Breakdown.Of("dash_band_intake", BaseName, scored, s => DashBand.Of(s.Intake), DashBand.All),
            Breakdown.Of("dash_band_exit", BaseName, scored, s => DashBand.Of(s.Exit), DashBand.All),
            Breakdown.Of("dash_score", BaseName, scored, s => s.Exit < s.Intake ? Fell : s.Exit == s.Intake ? Same : Rose, [Fell, Same, Rose]),
            new PairedTest("dash_band", "standard × medium × high", BaseName, scored.Count, BowkerTest.Calculate(paired)),
            new PairedTest("dash_band", "high vs not high", BaseName, scored.Count, McNemarTest.Calculate(highToLower, lowerToHigh)));
    }
}
