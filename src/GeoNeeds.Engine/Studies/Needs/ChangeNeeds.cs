using GeoNeeds.Engine.Publish.Disclosure;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// Each indicator's count in two periods per area, the change, the later period's rate and the quadrant of
/// "rate against change" that needs assessments print for wards: <c>&lt;level&gt;_change.csv</c>.
/// </summary>
/// <remarks>
/// A withheld count is <c>*</c>; the change, its percentage and the quadrant are shown only when both counts are, and
/// the later rate only when the later count is.
/// </remarks>
internal static class ChangeNeeds
{
    private static readonly string[] Header =
        ["indicator", "area_code", "area_name", "count_before", "count_after", "population", "change", "change_pct", "rate_after", "quadrant"];

    public static IEnumerable<NeedsTable> Tables(NeedsContext context, ChangeNeed need)
    {
        bool Before(string month) => StudyDisclosure.InPeriod(month, need.Before);
        bool After(string month) => StudyDisclosure.InPeriod(month, need.After);
        foreach (var level in context.Levels)
        {
            var file = $"{level.Name}_change.csv";
            var table = context.TableOf(level);
            var rows = new List<IReadOnlyList<object?>>();
            foreach (var (indicator, i) in context.Study.Indicators.Select((d, i) => (d, i)))
            {
                var input = context.Input(indicator.Input);
                var countsBefore = context.Counts(input, level, Before);
                var countsAfter = context.Counts(input, level, After);
                var withPopulation = table.Rows.Where(r => r.Indicators[i].Rate.Population > 0).ToList();
                var overall = withPopulation.Sum(r => countsAfter.GetValueOrDefault(r.Code)) / withPopulation.Sum(r => r.Indicators[i].Rate.Population!.Value) * indicator.Per;
                foreach (var area in table.Rows)
                {
                    var counts = (countsBefore.GetValueOrDefault(area.Code), countsAfter.GetValueOrDefault(area.Code));
                    rows.Add(Row(context, file, level, indicator, area, area.Indicators[i].Rate.Population, counts, overall));
                }
            }

            yield return new NeedsTable(file, Header, rows);
        }
    }

    // population: the indicator's denominator (residents unless it says children, households, …).
    private static IReadOnlyList<object?> Row(NeedsContext context, string file, StudyLevel level, IndicatorDefinition indicator, Indicators.AreaRow area, double? population,
        (long Before, long After) counts, double overall)
    {
        var (before, after) = counts;
        var beforeKey = CountCellKey.Period(indicator.Input, level.Name, area.Code, StudyDisclosure.Before);
        var afterKey = CountCellKey.Period(indicator.Input, level.Name, area.Code, StudyDisclosure.After);
        var rate = population > 0 && !context.IsSuppressed(afterKey) ? after / population.Value * indicator.Per : (double?)null;
        var change = RateChange.Change(before, after);
        var bothShown = !context.IsSuppressed(beforeKey) && !context.IsSuppressed(afterKey);
        var quadrant = rate is null || double.IsNaN(overall) || !bothShown ? "" : RateChange.Quadrant(rate.Value, overall, change);
        return [indicator.Name, area.Code, area.Name, context.Published(file, beforeKey, before), context.Published(file, afterKey, after), population,
            bothShown ? change : null, bothShown ? RateChange.ChangePercent(before, after) : null, rate, quadrant];
    }
}
