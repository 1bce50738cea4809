using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Outcomes;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Publish;

/// <summary>Writes a service's outcome tables (<c>outcomes_*.csv</c>) into a folder, with the run's disclosure decision applied.</summary>
public static class OutcomeTables
{
    public const string ProfileFile = "outcomes_intake_profile.csv";
    public const string DashFile = "outcomes_dash.csv";
    public const string AbuseFile = "outcomes_abuse_change.csv";
    public const string CaseFile = "outcomes_case.csv";
    public const string ChildrenFile = "outcomes_children.csv";
    public const string PerHundredFile = "outcomes_per_100.csv";
    public const string YearsFile = "outcomes_years.csv";

    /// <summary>Writes every table of <paramref name="report"/> and <paramref name="years"/>; returns the files written, with the keys of the counts each publishes.</summary>
    public static IReadOnlyList<(string File, IEnumerable<CountCellKey> Keys)> Write(
        string folder, OutcomeReport report, IReadOnlyList<(string Year, OutcomeReport Report)> years, DisclosureDecision decision, CsvFormulas formulas = CsvFormulas.Neutralise)
    {
        const string all = OutcomeDisclosure.AllPeriods;
        var written = new List<(string, IEnumerable<CountCellKey>)>();
        void Table(string file, IEnumerable<Breakdown> breakdowns, IEnumerable<PairedTest> tests, IEnumerable<OutcomeMedian> medians)
        {
            var shown = breakdowns.ToList();
            bool BaseHidden(string baseName) => decision.IsSuppressed(OutcomeDisclosure.Base(all, baseName));
            IEnumerable<IReadOnlyList<object?>> rows =
            [
                .. shown.SelectMany(b => OutcomeLayout.Rows(b, c => decision.IsSuppressed(OutcomeDisclosure.Count(all, b, c.Category)), BaseHidden(b.Base))),
                .. medians.Select(m => OutcomeLayout.Row(m, BaseHidden(m.Base))),
                .. tests.Select(t => OutcomeLayout.Row(t, BaseHidden(t.Base))),
            ];
            CsvTableWriter.Write(Path.Combine(folder, file), OutcomeLayout.Columns, rows.Select(PublishedNumber.WithoutNoise), formulas);
            written.Add((file, Keys(all, shown)));
        }

        Table(ProfileFile, report.Profile, [], []);
        Table(DashFile, [report.Dash.AtIntake, report.Dash.AtExit, report.Dash.Score], [report.Dash.Bands, report.Dash.HighRisk], []);
        Table(AbuseFile, report.Abuse.SelectMany(a => new[] { a.Present, a.High, a.Known }), [], []);
        Table(CaseFile, report.Cases.Breakdowns, [], report.Cases.Medians);
        if (report.Children.Count > 0)
        {
            Table(ChildrenFile, report.Children.SelectMany(c => new[] { c.AtIntake, c.AtExit }), report.Children.Select(c => c.Change), []);
        }

        CsvTableWriter.Write(Path.Combine(folder, PerHundredFile), PerHundredLayout.Columns,
            report.PerHundred.Select(p => PublishedNumber.WithoutNoise(PerHundredLayout.Row(p, Hidden(decision, all, p.Source, p.Category)))), formulas);
        written.Add((PerHundredFile, report.PerHundred.SelectMany(p => new[] { OutcomeDisclosure.Count(all, p.Source, p.Category), OutcomeDisclosure.Base(all, p.Source.Base) })));

        var yearly = YearsLayout.Of(years, decision);
        CsvTableWriter.Write(Path.Combine(folder, YearsFile), yearly.Columns, yearly.Rows.Select(PublishedNumber.WithoutNoise), formulas);
        written.Add((YearsFile, years.SelectMany(y => Keys(y.Year, y.Report.ClosedBreakdowns))));
        return written;
    }

    /// <summary>Whether a category's count, or its base, is withheld.</summary>
    public static bool Hidden(DisclosureDecision decision, string period, Breakdown breakdown, string category) =>
        decision.IsSuppressed(OutcomeDisclosure.Count(period, breakdown, category)) || decision.IsSuppressed(OutcomeDisclosure.Base(period, breakdown.Base));

    private static IEnumerable<CountCellKey> Keys(string period, IEnumerable<Breakdown> breakdowns) =>
        breakdowns.SelectMany(b => b.Categories.Select(c => OutcomeDisclosure.Count(period, b, c.Category)).Append(OutcomeDisclosure.Base(period, b.Base)));
}
