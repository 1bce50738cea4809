using GeoNeeds.Engine.Outcomes;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Publish;

/// <summary>
/// The counts the outcome tables publish, for the run's disclosure control: every category count and every base, each
/// once per period (<see cref="AllPeriods"/> or a financial year), with the sums a reader can check (a breakdown's
/// categories that add up to its base; a count of all periods and the same count year by year). Each service's
/// tables are a source of their own (<see cref="Source"/> alone, or with the service in a study of two services).
/// </summary>
public static class OutcomeDisclosure
{
    /// <summary>The period of the tables over every case.</summary>
    public const string AllPeriods = "all";

    /// <summary>The source of the outcome counts in disclosure keys and messages, and the start of every outcome file's name.</summary>
    public const string Source = "outcomes";

    /// <summary>The key of a category's count in <paramref name="period"/>.</summary>
    public static CountCellKey Count(string period, Breakdown breakdown, string category, string source = Source) =>
        CountCellKey.Profile(source, period, CountCellKey.TotalArea, breakdown.Measure, category);

    /// <summary>The key of a base (the <c>n</c> of every measure over the same cases) in <paramref name="period"/>.</summary>
    public static CountCellKey Base(string period, string baseName, string source = Source) =>
        CountCellKey.Profile(source, period, CountCellKey.TotalArea, "n", baseName);

    /// <summary>The key of a category's count over the cases placed in one area of a level (or in none of its areas).</summary>
    public static CountCellKey AreaCount(string source, string level, string area, Breakdown breakdown, string category) =>
        CountCellKey.Profile(source, level, area, breakdown.Measure, category);

    /// <summary>The key of a base over the cases placed in one area of a level (or in none of its areas).</summary>
    public static CountCellKey AreaBase(string source, string level, string area, string baseName) =>
        CountCellKey.Profile(source, level, area, "n", baseName);

    /// <summary>Decides what to withhold of <paramref name="report"/> and its <paramref name="years"/>; <paramref name="threshold"/> 0 withholds nothing.</summary>
    public static DisclosureDecision Decide(OutcomeReport report, IReadOnlyList<(string Year, OutcomeReport Report)> years, int threshold)
    {
        var counts = new PublishedCounts();
        Add(counts, Source, report, years);
        return RunSuppression.Apply(counts, threshold);
    }

    /// <summary>Adds the counts of <paramref name="report"/> and its <paramref name="years"/>, under <paramref name="source"/>, and the sums between them.</summary>
    public static void Add(PublishedCounts counts, string source, OutcomeReport report, IReadOnlyList<(string Year, OutcomeReport Report)> years)
    {
        ArgumentNullException.ThrowIfNull(counts);
        Add(counts, source, AllPeriods, Breakdowns(report));
        foreach (var median in report.Cases.Medians)
        {
            counts.Add(Base(AllPeriods, median.Base, source), median.N);
        }

        foreach (var (year, yearReport) in years)
        {
            Add(counts, source, year, yearReport.ClosedBreakdowns);
        }

        foreach (var breakdown in report.ClosedBreakdowns)
        {
            var inYears = years.Select(y => (y.Year, Breakdown: y.Report.ClosedBreakdowns.First(b => b.Measure == breakdown.Measure && b.Base == breakdown.Base))).ToList();
            counts.Relate(Base(AllPeriods, breakdown.Base, source), [.. inYears.Where(y => y.Breakdown.N > 0).Select(y => Base(y.Year, breakdown.Base, source))]);
            foreach (var category in breakdown.Categories)
            {
                counts.Relate(Count(AllPeriods, breakdown, category.Category, source),
                    [.. inYears.Where(y => y.Breakdown.CountOf(category.Category) > 0).Select(y => Count(y.Year, y.Breakdown, category.Category, source))]);
            }
        }
    }

    /// <summary>Every breakdown of <paramref name="report"/>, the profile's included.</summary>
    public static IEnumerable<Breakdown> Breakdowns(OutcomeReport report) => report.Profile.Concat(report.ClosedBreakdowns);

    private static void Add(PublishedCounts counts, string source, string period, IEnumerable<Breakdown> breakdowns)
    {
        foreach (var breakdown in breakdowns)
        {
            var total = Base(period, breakdown.Base, source);
            counts.Add(total, breakdown.N);
            foreach (var category in breakdown.Categories)
            {
                counts.Add(Count(period, breakdown, category.Category, source), category.Count);
            }

            if (breakdown.Categories.Count > 1 && breakdown.Categories.Sum(c => c.Count) == breakdown.N)
            {
                counts.Relate(total, [.. breakdown.Categories.Where(c => c.Count > 0).Select(c => Count(period, breakdown, c.Category, source))]);
            }
        }
    }
}
