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

    /// <summary>
    /// The file of one table under <paramref name="name"/>: <paramref name="file"/> itself for <see cref="OutcomeDisclosure.Source"/>,
    /// otherwise with the name in place of <c>outcomes</c> (<c>outcomes_adult_dash.csv</c>).
    /// </summary>
    public static string Named(string file, string name) => name + file[OutcomeDisclosure.Source.Length..];

    /// <summary>
    /// Writes every table of <paramref name="report"/> and <paramref name="years"/>, the files and disclosure keys named by
    /// <paramref name="name"/> (<see cref="Named"/>); returns the files written, with their columns and the keys of the counts each publishes.
    /// </summary>
    public static IReadOnlyList<(string File, IReadOnlyList<string> Columns, IEnumerable<CountCellKey> Keys)> Write(
        string folder, OutcomeReport report, IReadOnlyList<(string Year, OutcomeReport Report)> years, DisclosureDecision decision,
        PublishedCsv? csv = null, string name = OutcomeDisclosure.Source)
    {
        csv ??= new PublishedCsv();
        const string all = OutcomeDisclosure.AllPeriods;
        var written = new List<(string, IReadOnlyList<string>, IEnumerable<CountCellKey>)>();
        void Table(string file, IEnumerable<Breakdown> breakdowns, IEnumerable<PairedTest> tests, IEnumerable<OutcomeMedian> medians)
        {
            var shown = breakdowns.ToList();
            bool BaseHidden(string baseName) => decision.IsSuppressed(OutcomeDisclosure.Base(all, baseName, name));
            IEnumerable<IReadOnlyList<object?>> rows =
            [
                .. shown.SelectMany(b => OutcomeLayout.Rows(b, c => decision.IsSuppressed(OutcomeDisclosure.Count(all, b, c.Category, name)), BaseHidden(b.Base))),
                .. medians.Select(m => OutcomeLayout.Row(m, BaseHidden(m.Base))),
                .. tests.Select(t => OutcomeLayout.Row(t, BaseHidden(t.Base))),
            ];
            written.Add((Named(file, name), csv.Write(Path.Combine(folder, Named(file, name)), OutcomeLayout.Columns, rows, OutcomeLayout.CountColumns), Keys(all, shown, name)));
        }

        Table(ProfileFile, report.Profile, [], []);
        Table(DashFile, [report.Dash.AtIntake, report.Dash.AtExit, report.Dash.Score], [report.Dash.Bands, report.Dash.HighRisk], []);
        Table(AbuseFile, report.Abuse.SelectMany(a => a.Breakdowns), [], []);
        Table(CaseFile, report.Cases.Breakdowns, [], report.Cases.Medians);
        if (report.Children.Count > 0)
        {
            Table(ChildrenFile, report.Children.SelectMany(c => new[] { c.AtIntake, c.AtExit }), report.Children.Select(c => c.Change), []);
        }

        var perHundred = csv.Write(Path.Combine(folder, Named(PerHundredFile, name)), PerHundredLayout.Columns,
            report.PerHundred.Select(p => PerHundredLayout.Row(p, Hidden(decision, all, p.Source, p.Category, name))));
        written.Add((Named(PerHundredFile, name), perHundred,
            report.PerHundred.SelectMany(p => new[] { OutcomeDisclosure.Count(all, p.Source, p.Category, name), OutcomeDisclosure.Base(all, p.Source.Base, name) })));

        var yearly = YearsLayout.Of(years, decision, name);
        written.Add((Named(YearsFile, name), csv.Write(Path.Combine(folder, Named(YearsFile, name)), yearly.Columns, yearly.Rows), years.SelectMany(y => Keys(y.Year, y.Report.ClosedBreakdowns, name))));
        return written;
    }

    /// <summary>Whether a category's count, or its base, is withheld.</summary>
    public static bool Hidden(DisclosureDecision decision, string period, Breakdown breakdown, string category, string name = OutcomeDisclosure.Source) =>
        decision.IsSuppressed(OutcomeDisclosure.Count(period, breakdown, category, name)) || decision.IsSuppressed(OutcomeDisclosure.Base(period, breakdown.Base, name));

    private static IEnumerable<CountCellKey> Keys(string period, IEnumerable<Breakdown> breakdowns, string name) =>
        breakdowns.SelectMany(b => b.Categories.Select(c => OutcomeDisclosure.Count(period, b, c.Category, name)).Append(OutcomeDisclosure.Base(period, b.Base, name)));
}
