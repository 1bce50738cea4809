using GeoNeeds.Engine.Outcomes;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// The counts a study's outcome tables and <c>&lt;level&gt;_outcomes.csv</c> publish, for the run's one disclosure
/// decision: the service's tables (<see cref="OutcomeDisclosure"/>), and per level each area's bases and headline
/// counts, which with the unplaced row sum to the service's totals, and which sum to a coarser area's where its finer
/// areas lie wholly inside it.
/// </summary>
internal static class StudyOutcomeCounts
{
    public static void Add(PublishedCounts counts, StudyOutcome outcome, IReadOnlyList<StudyLevel> levels)
    {
        var report = outcome.Outcomes.Report;
        OutcomeDisclosure.Add(counts, outcome.Name, report, outcome.Outcomes.Years);
        foreach (var (level, areas) in outcome.ByLevel)
        {
            foreach (var (keyOf, total) in Figures(outcome.Name, level, report))
            {
                foreach (var (key, count) in areas.Select(a => keyOf(a.Code, a.Report)))
                {
                    counts.Add(key, count);
                }

                counts.Relate(total, [.. areas.Select(a => keyOf(a.Code, a.Report).Key)]);
            }
        }

        var baseCodes = levels[0].Areas.Select(a => a.Key).ToList();
        var byName = levels.ToDictionary(l => l.Name, StringComparer.Ordinal);
        foreach (var (lower, i) in outcome.ByLevel.Select((l, i) => (l, i)))
        {
            foreach (var upper in outcome.ByLevel.Skip(i + 1))
            {
                foreach (var (parent, children) in LevelNesting.Families(byName[lower.Level], byName[upper.Level], baseCodes))
                {
                    var parentReport = upper.Areas.First(a => a.Code == parent).Report;
                    var childReports = lower.Areas.Where(a => children.Contains(a.Code)).ToList();
                    foreach (var (up, low) in Figures(outcome.Name, upper.Level, report).Zip(Figures(outcome.Name, lower.Level, report)))
                    {
                        counts.Relate(up.KeyOf(parent, parentReport).Key, [.. childReports.Select(c => low.KeyOf(c.Code, c.Report).Key)]);
                    }
                }
            }
        }
    }

    /// <summary>The key of a category's count over an area's cases; <see cref="CountCellKey.TotalArea"/> is every case, as the service's tables publish it.</summary>
    public static CountCellKey CountKey(string source, string level, string area, Breakdown breakdown, string category) => area == CountCellKey.TotalArea
        ? OutcomeDisclosure.Count(OutcomeDisclosure.AllPeriods, breakdown, category, source)
        : OutcomeDisclosure.AreaCount(source, level, area, breakdown, category);

    /// <summary>The key of a base over an area's cases; <see cref="CountCellKey.TotalArea"/> is every case.</summary>
    public static CountCellKey BaseKey(string source, string level, string area, Breakdown breakdown) => area == CountCellKey.TotalArea
        ? OutcomeDisclosure.Base(OutcomeDisclosure.AllPeriods, breakdown.Base, source)
        : OutcomeDisclosure.AreaBase(source, level, area, breakdown.Base);

    /// <summary>
    /// Each figure <c>&lt;level&gt;_outcomes.csv</c> publishes per area (a base, then each headline count): how to key
    /// and count it for an area's report, and the key of the same figure over every case.
    /// </summary>
    private static IReadOnlyList<(Func<string, OutcomeReport, (CountCellKey Key, long Count)> KeyOf, CountCellKey Total)> Figures(string source, string level, OutcomeReport report) =>
    [
        .. AreaMeasure.Bases.Select(b => Figure((area, r) => (BaseKey(source, level, area, b.Source(r)), b.Source(r).N), BaseKey(source, level, CountCellKey.TotalArea, b.Source(report)))),
        .. AreaMeasure.All.Select(m => Figure(
            (area, r) => (CountKey(source, level, area, m.Source(r), m.Category), m.Source(r).CountOf(m.Category)),
            CountKey(source, level, CountCellKey.TotalArea, m.Source(report), m.Category))),
    ];

    private static (Func<string, OutcomeReport, (CountCellKey Key, long Count)> KeyOf, CountCellKey Total) Figure(
        Func<string, OutcomeReport, (CountCellKey Key, long Count)> keyOf, CountCellKey total) => (keyOf, total);
}
