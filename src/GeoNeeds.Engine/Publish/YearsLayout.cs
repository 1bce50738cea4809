using GeoNeeds.Engine.Outcomes;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Publish;

/// <summary>
/// The layout of <c>outcomes_years.csv</c>: a row per measure and category of the closed-case tables, and for each
/// financial year of exit, side by side, <c>&lt;year&gt;_count</c>, <c>&lt;year&gt;_n</c> and <c>&lt;year&gt;_percent</c>.
/// </summary>
public static class YearsLayout
{
    /// <summary>The header and rows for <paramref name="years"/>; a withheld count or base shows the mark and no percentage.</summary>
    public static (IReadOnlyList<string> Columns, IEnumerable<IReadOnlyList<object?>> Rows) Of(
        IReadOnlyList<(string Year, OutcomeReport Report)> years, DisclosureDecision decision, string source = OutcomeDisclosure.Source)
    {
        IReadOnlyList<string> columns = ["measure", "category", .. years.SelectMany(y => new[] { $"{y.Year}_count", $"{y.Year}_n", $"{y.Year}_percent" })];
        var lines = years.SelectMany(y => y.Report.ClosedBreakdowns.SelectMany(b => b.Categories.Select(c => (b.Measure, b.Base, c.Category))))
            .Distinct().ToList();
        var rows = lines.Select(line => (IReadOnlyList<object?>)
        [
            line.Measure, line.Category,
            .. years.SelectMany(y => Cells(y.Year, y.Report.ClosedBreakdowns.First(b => b.Measure == line.Measure && b.Base == line.Base), line.Category, decision, source)),
        ]);
        return (columns, rows);
    }

    private static object?[] Cells(string year, Breakdown breakdown, string category, DisclosureDecision decision, string source)
    {
        var baseHidden = decision.IsSuppressed(OutcomeDisclosure.Base(year, breakdown.Base, source));
        // A category the year has no case of is a true zero, published like any zero.
        var countHidden = breakdown.Categories.Any(c => c.Category == category) && decision.IsSuppressed(OutcomeDisclosure.Count(year, breakdown, category, source));
        var count = breakdown.CountOf(category);
        return [PublishedCount.Cell(count, countHidden), PublishedCount.Cell(breakdown.N, baseHidden), countHidden || baseHidden ? null : OutcomeLayout.Share(count, breakdown.N)?.Percent];
    }
}
