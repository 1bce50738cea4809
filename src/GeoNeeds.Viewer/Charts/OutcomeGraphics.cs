using GeoNeeds.Engine.Io.Outcomes;
using GeoNeeds.Engine.Outcomes;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Viewer.Charts;

/// <summary>
/// The graphics of a service's outcome tables, as PNG and SVG: the one-page "if the service supported 100 people"
/// (<c>outcomes_per_100</c>), abuse at intake and exit by type (<c>outcomes_by_abuse_type</c>) and risk at intake and
/// exit by DASH band (<c>outcomes_by_dash_band</c>). They draw the figures the tables publish, withheld ones as "suppressed".
/// </summary>
public static class OutcomeGraphics
{
    private static readonly Dictionary<string, string> AbuseNames = new(StringComparer.Ordinal)
    {
        ["physical"] = "Physical",
        ["sexual"] = "Sexual",
        ["harassment_stalking"] = "Harassment and stalking",
        ["jealous_controlling"] = "Jealous and controlling behaviour",
    };

    private static readonly Dictionary<string, string> BandNames = new(StringComparer.Ordinal)
    {
        [DashBand.Standard] = "Standard (0-5 ticks)",
        [DashBand.Medium] = "Medium (6-9 ticks)",
        [DashBand.High] = "High (10+ ticks)",
    };

    /// <summary>
    /// Writes the graphics of <paramref name="report"/> into <paramref name="folder"/>, named by <paramref name="name"/>
    /// as the tables are (<see cref="OutcomeTables.Named"/>); returns the file names.
    /// </summary>
    public static IReadOnlyList<string> Write(string folder, OutcomeReport report, DisclosureDecision decision, string name = OutcomeDisclosure.Source, string? caption = null)
    {
        var service = report.Service == OutcomeService.Children ? "Children and young people's service" : "Adult service";
        var written = new List<string>();
        void Save(ScottPlot.Plot plot, string file, int width, int height) =>
            written.AddRange(ChartFile.SavePngAndSvg(plot, Path.Combine(folder, $"{name}_{file}.png"), width, height).Select(path => Path.GetFileName(path)));

        var headlines = report.PerHundred
            .Select(p => new HundredPeopleHeadline(p.Section, p.Headline, Hidden(decision, p.Source, p.Category, name) ? null : (int?)p.People))
            .ToList();
        var perHundred = new ChartText("If the service supported 100 people", service,
            $"Each headline is scaled to 100 of the cases it is about (its n in {OutcomeTables.Named(OutcomeTables.PerHundredFile, name)}). {caption}".Trim());
        Save(HundredPeopleChart.Create(headlines, perHundred), "per_100", HundredPeopleChart.PageWidth, HundredPeopleChart.PageHeight);

        var abuse = report.Abuse.Select(a => Group(AbuseNames.GetValueOrDefault(a.Type, a.Type), a.AtIntake, a.AtExit, AbuseChange.PresentCategory, decision, name, withN: true)).ToList();
        Save(IntakeExitChart.Create(abuse, new ChartText("Abuse at intake and at exit, by type",
            $"{service}: closed cases with a known level of the abuse at both points who had it (standard, moderate or high)", caption)), "by_abuse_type", 1200, 800);

        var dash = report.Dash;
        var n = decision.IsSuppressed(OutcomeDisclosure.Base(OutcomeDisclosure.AllPeriods, dash.AtIntake.Base, name)) ? "n suppressed" : $"n = {dash.AtIntake.N:N0}";
        var bands = DashBand.All.Select(band => Group(BandNames[band], dash.AtIntake, dash.AtExit, band, decision, name, withN: false)).ToList();
        Save(IntakeExitChart.Create(bands, new ChartText("Risk at intake and at exit, by DASH risk band",
            $"{service}: closed cases with a DASH score at both points ({n})", caption)), "by_dash_band", 1200, 800);
        return written;
    }

    private static IntakeExitGroup Group(string label, Breakdown intake, Breakdown exit, string category, DisclosureDecision decision, string name, bool withN)
    {
        double? Percent(Breakdown b) => Hidden(decision, b, category, name) ? null : OutcomeLayout.Share(b.CountOf(category), b.N)?.Percent;
        var baseHidden = decision.IsSuppressed(OutcomeDisclosure.Base(OutcomeDisclosure.AllPeriods, intake.Base, name));
        return withN && baseHidden
            ? new IntakeExitGroup($"{label}\n(n suppressed)", null, null)
            : new IntakeExitGroup(label, Percent(intake), Percent(exit), withN ? intake.N : null);
    }

    private static bool Hidden(DisclosureDecision decision, Breakdown breakdown, string category, string name) =>
        OutcomeTables.Hidden(decision, OutcomeDisclosure.AllPeriods, breakdown, category, name);
}
