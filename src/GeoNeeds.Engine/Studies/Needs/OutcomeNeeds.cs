using GeoNeeds.Engine.Outcomes;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// Service outcomes by area: <c>&lt;level&gt;_outcomes.csv</c>, per service a row per area of the level, a row of the
/// cases placed in none (<see cref="StudyOutcome.Unplaced"/>) and a <c>TOTAL</c> row over every case: the cases, closed
/// cases and cases with a DASH score at intake and exit, and each headline (<see cref="AreaMeasure.All"/>) as a count
/// with its percentage of its base and Wilson 95% limits.
/// </summary>
/// <remarks>
/// Counts are withheld by the run's disclosure control (<see cref="StudyOutcomeCounts"/>): the areas and the unplaced
/// row sum to the totals the service's tables publish, so a withheld count cannot be recovered from them. A percentage
/// and its limits are shown only when its count and its base are both shown.
/// </remarks>
internal static class OutcomeNeeds
{
    public static IEnumerable<NeedsTable> Tables(NeedsContext context) =>
        context.Outcomes.SelectMany(o => o.ByLevel.Select(l => l.Level)).Distinct(StringComparer.Ordinal).Select(level => Table(context, level));

    /// <summary>The columns of every <c>&lt;level&gt;_outcomes.csv</c>.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "service", "area_code", "area_name", .. AreaMeasure.Bases.Select(b => b.Column),
        .. AreaMeasure.All.SelectMany(m => new[] { m.Column, $"{m.Column}_percent", $"{m.Column}_lower_95", $"{m.Column}_upper_95" }),
    ];

    private static NeedsTable Table(NeedsContext context, string level)
    {
        var file = $"{level}_outcomes.csv";
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var outcome in context.Outcomes)
        {
            var areas = outcome.ByLevel.First(l => l.Level == level).Areas;
            var all = new AreaOutcome(CountCellKey.TotalArea, "all cases", outcome.Outcomes.Report);
            rows.AddRange(areas.Append(all).Select(area => Row(context, (file, outcome.Name, level), outcome.ServiceName, area)));
        }

        return new NeedsTable(file, Header, rows);
    }

    private static IReadOnlyList<object?> Row(NeedsContext context, (string File, string Source, string Level) table, string service, AreaOutcome area)
    {
        var (file, source, level) = table;
        bool Withheld(CountCellKey key) => context.Withholds(file, key);
        var cells = new List<object?> { service, area.Code, area.Name };
        cells.AddRange(AreaMeasure.Bases.Select(b => b.Source(area.Report)).Select(b =>
            PublishedCount.Cell(b.N, Withheld(StudyOutcomeCounts.BaseKey(source, level, area.Code, b)))));
        foreach (var measure in AreaMeasure.All)
        {
            var breakdown = measure.Source(area.Report);
            var count = breakdown.CountOf(measure.Category);
            var countHidden = Withheld(StudyOutcomeCounts.CountKey(source, level, area.Code, breakdown, measure.Category));
            var share = countHidden || context.IsSuppressed(StudyOutcomeCounts.BaseKey(source, level, area.Code, breakdown)) ? null : OutcomeLayout.Share(count, breakdown.N);
            cells.AddRange([PublishedCount.Cell(count, countHidden), share?.Percent, share?.Lower, share?.Upper]);
        }

        return cells;
    }
}
