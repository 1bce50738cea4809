using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// Each indicator's count in two periods per area, the change, the later period's rate and the quadrant of
/// "rate against change" that needs assessments print for wards: <c>&lt;level&gt;_change.csv</c>.
/// </summary>
/// <remarks>
/// When either count is suppressed both are, with the change: one count and the change would give the other.
/// </remarks>
internal static class ChangeNeeds
{
    private static readonly string[] Header =
        ["indicator", "area_code", "area_name", "count_before", "count_after", "population", "change", "change_pct", "rate_after", "quadrant"];

    public static IEnumerable<NeedsTable> Tables(NeedsContext context, ChangeNeed need)
    {
        var before = Period(need.Before);
        var after = Period(need.After);
        foreach (var level in context.Levels)
        {
            var table = context.TableOf(level);
            var rows = new List<IReadOnlyList<object?>>();
            foreach (var (indicator, i) in context.Study.Indicators.Select((d, i) => (d, i)))
            {
                var input = context.Input(indicator.Input);
                var countsBefore = context.Counts(input, level, before);
                var countsAfter = context.Counts(input, level, after);
                var withPopulation = table.Rows.Where(r => r.Indicators[i].Rate.Population > 0).ToList();
                var overall = withPopulation.Sum(r => countsAfter.GetValueOrDefault(r.Code)) / withPopulation.Sum(r => r.Indicators[i].Rate.Population!.Value) * indicator.Per;
                foreach (var area in table.Rows)
                {
                    rows.Add(Row(context, indicator, area, area.Indicators[i].Rate.Population, countsBefore.GetValueOrDefault(area.Code), countsAfter.GetValueOrDefault(area.Code), overall));
                }
            }

            yield return new NeedsTable($"{level.Name}_change.csv", Header, rows);
        }
    }

    // population: the indicator's denominator (residents unless it says children, households, …).
    private static IReadOnlyList<object?> Row(NeedsContext context, IndicatorDefinition indicator, Indicators.AreaRow area, double? population, long before, long after, double overall)
    {
        var rate = population > 0 ? after / population.Value * indicator.Per : (double?)null;
        var change = RateChange.Change(before, after);
        var quadrant = rate is null || double.IsNaN(overall) ? "" : RateChange.Quadrant(rate.Value, overall, change);
        if (context.IsSuppressed(before) || context.IsSuppressed(after))
        {
            return [indicator.Name, area.Code, area.Name, "*", "*", population, null, null, context.IsSuppressed(after) ? null : rate, quadrant];
        }

        return [indicator.Name, area.Code, area.Name, before, after, population, change, RateChange.ChangePercent(before, after), rate, quadrant];
    }

    private static Func<string, bool> Period(IReadOnlyList<string> months) =>
        month => string.CompareOrdinal(month, months[0]) >= 0 && string.CompareOrdinal(month, months[^1]) <= 0;
}
