using GeoNeeds.Engine.Outcomes;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Publish;

/// <summary>
/// The counts the outcome tables publish, for the run's disclosure control: every category count and every base, each
/// once per period (<see cref="AllPeriods"/> or a financial year), with the sums a reader can check (a breakdown's
/// categories that add up to its base; a count of all periods and the same count year by year).
/// </summary>
public static class OutcomeDisclosure
{
    /// <summary>The period of the tables over every case.</summary>
    public const string AllPeriods = "all";

    /// <summary>The source of the outcome counts in disclosure keys and messages.</summary>
    public const string Source = "outcomes";

    /// <summary>The key of a category's count in <paramref name="period"/>.</summary>
    public static CountCellKey Count(string period, Breakdown breakdown, string category) =>
        CountCellKey.Profile(Source, period, CountCellKey.TotalArea, breakdown.Measure, category);

    /// <summary>The key of a base (the <c>n</c> of every measure over the same cases) in <paramref name="period"/>.</summary>
    public static CountCellKey Base(string period, string baseName) =>
        CountCellKey.Profile(Source, period, CountCellKey.TotalArea, "n", baseName);

    /// <summary>Decides what to withhold of <paramref name="report"/> and its <paramref name="years"/>; <paramref name="threshold"/> 0 withholds nothing.</summary>
    public static DisclosureDecision Decide(OutcomeReport report, IReadOnlyList<(string Year, OutcomeReport Report)> years, int threshold)
    {
        var counts = new PublishedCounts();
        Add(counts, AllPeriods, Breakdowns(report));
        foreach (var median in report.Cases.Medians)
        {
            counts.Add(Base(AllPeriods, median.Base), median.N);
        }

        foreach (var (year, yearReport) in years)
        {
            Add(counts, year, yearReport.ClosedBreakdowns);
        }

        foreach (var breakdown in report.ClosedBreakdowns)
        {
            var inYears = years.Select(y => (y.Year, Breakdown: y.Report.ClosedBreakdowns.First(b => b.Measure == breakdown.Measure && b.Base == breakdown.Base))).ToList();
            counts.Relate(Base(AllPeriods, breakdown.Base), [.. inYears.Where(y => y.Breakdown.N > 0).Select(y => Base(y.Year, breakdown.Base))]);
            foreach (var category in breakdown.Categories)
            {
                counts.Relate(Count(AllPeriods, breakdown, category.Category),
                    [.. inYears.Where(y => y.Breakdown.CountOf(category.Category) > 0).Select(y => Count(y.Year, y.Breakdown, category.Category))]);
            }
        }

        return RunSuppression.Apply(counts, threshold);
    }

    /// <summary>Every breakdown of <paramref name="report"/>, the profile's included.</summary>
    public static IEnumerable<Breakdown> Breakdowns(OutcomeReport report) => report.Profile.Concat(report.ClosedBreakdowns);

    private static void Add(PublishedCounts counts, string period, IEnumerable<Breakdown> breakdowns)
    {
        foreach (var breakdown in breakdowns)
        {
            var total = Base(period, breakdown.Base);
            counts.Add(total, breakdown.N);
            foreach (var category in breakdown.Categories)
            {
                counts.Add(Count(period, breakdown, category.Category), category.Count);
            }

            if (breakdown.Categories.Count > 1 && breakdown.Categories.Sum(c => c.Count) == breakdown.N)
            {
                counts.Relate(total, [.. breakdown.Categories.Where(c => c.Count > 0).Select(c => Count(period, breakdown, c.Category))]);
            }
        }
    }
}
