using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish.Disclosure;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// Each listed area (e.g. an authority and its statistical neighbours) ranked on each indicator's rate among the
/// list (<see cref="ComparatorRanking"/>: highest rate first, ties share the best rank) and compared with the
/// group's overall rate, Fingertips style (<see cref="BenchmarkComparison"/>; higher rates are worse):
/// <c>comparators.csv</c>.
/// </summary>
/// <remarks>
/// The group rate is the listed areas' events over their summed denominators, with the indicator's multiplier.
/// Areas whose count is suppressed are neither ranked nor compared, and their rate is not shown. A listed code
/// that is not an area of the level is reported as a warning and left out.
/// </remarks>
internal static class ComparatorNeeds
{
    private static readonly string[] Header =
        ["indicator", "area_code", "area_name", "count", "rate", "lower_95", "upper_95", "rank", "of", "tied", "group_rate", "comparison"];

    private const string FileName = "comparators.csv";

    public static NeedsTable Table(NeedsContext context, ComparatorsNeed need)
    {
        var table = context.TableOf(context.Level(need.Level));
        var missing = need.Areas.Where(code => table.Find(code) is null).ToList();
        if (missing.Count > 0)
        {
            context.Warnings.Add($"needs.comparators.areas: {string.Join(" ", missing)} not among the {need.Level} areas; left out");
        }

        var areas = need.Areas.Distinct(StringComparer.Ordinal).Select(table.Find).OfType<AreaRow>().ToList();
        var rows = new List<IReadOnlyList<object?>>();
        for (var i = 0; i < context.Study.Indicators.Count; i++)
        {
            var indicator = context.Study.Indicators[i];
            var values = areas.Select(a => a.Indicators[i]).ToList();
            var keys = areas.Select(a => CountCellKey.Whole(indicator.Input, need.Level, a.Code)).ToList();
            var shown = values.Select((v, n) => context.IsSuppressed(keys[n]) ? null : v.Rate.Value).ToList();
            var ranks = ComparatorRanking.Rank([.. areas.Select((a, n) => (a.Code, shown[n]))]);
            var groupRate = context.IsSuppressed(CountCellKey.Group(indicator.Name, need.Level)) ? null : GroupRate(values);
            for (var n = 0; n < areas.Count; n++)
            {
                var (value, rank) = (values[n], ranks[n]);
                var hidden = shown[n] is null;
                var outcome = hidden ? BenchmarkOutcome.NotCompared : BenchmarkComparison.Compare(value.Rate.Lower95, value.Rate.Upper95, groupRate, Polarity.HigherIsWorse);
                rows.Add([value.Indicator, areas[n].Code, areas[n].Name, context.Published(FileName, keys[n], value.Count), shown[n],
                    hidden ? null : value.Rate.Lower95, hidden ? null : value.Rate.Upper95, rank.Rank, rank.Of, rank.IsTied, groupRate, BenchmarkNeeds.Text(outcome)]);
            }
        }

        return new NeedsTable(FileName, Header, rows);
    }

    private static double? GroupRate(IReadOnlyList<IndicatorValue> values) =>
        values.Count == 0 || values.Any(v => v.Rate.Population is null)
            ? null
            : CrudeRate.Calculate(values.Sum(v => v.Count), values.Sum(v => v.Rate.Population!.Value), values[0].Rate.Multiplier).Value;
}
