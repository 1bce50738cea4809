using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// Builds a level's table from the areas the inputs were counted in (<see cref="StudyCells"/>: base areas, or their
/// parts in postcode areas): sums population and counts over each area's members and averages the deprivation
/// deciles of their base areas. An indicator with its own denominator (children, households) sums that over the
/// members instead of the population.
/// </summary>
internal sealed class LevelTableBuilder(
    IReadOnlyDictionary<string, double>? basePopulation,
    IReadOnlyDictionary<string, int>? baseDecile,
    IReadOnlyList<(IndicatorDefinition Definition, InputResult Input, IReadOnlyDictionary<string, double>? Denominator)> indicators)
{
    private const string NoBaseAreas = "no base areas roll up to this area";

    public LevelTable Build(StudyLevel level, IReadOnlyList<string> countedCodes)
    {
        var members = countedCodes
            .Select(code => (Base: code, Area: level.CodeFor(code)))
            .Where(m => m.Area is not null)
            .ToLookup(m => m.Area!, m => m.Base, StringComparer.Ordinal);
        var rows = level.Areas.Select(area => BuildRow(area.Key, area.Value, members[area.Key].ToList())).ToList();
        return new LevelTable(level.Name, level.IsBase, rows);
    }

    private AreaRow BuildRow(string code, string name, IReadOnlyList<string> memberCodes)
    {
        var notes = new List<string>();
        var population = Sum(basePopulation, "population", memberCodes, notes);
        var (mean, weighted) = Deprivation(memberCodes, notes);
        var values = indicators.Select(i =>
        {
            var count = memberCodes.Sum(m => i.Input.Counts.InArea(m));
            var denominator = i.Denominator is null ? population : Sum(i.Denominator, i.Definition.Denominator!.Suffix!, memberCodes, notes);
            return new IndicatorValue(i.Definition.Name, count, CrudeRate.Calculate(count, denominator, i.Definition.Per));
        }).ToList();
        return new AreaRow(code, name, population, mean, weighted, values, notes);
    }

    private static double? Sum(IReadOnlyDictionary<string, double>? baseValues, string what, IReadOnlyList<string> memberCodes, List<string> notes)
    {
        if (baseValues is null)
        {
            return null;
        }

        if (memberCodes.Count == 0)
        {
            notes.Remove(NoBaseAreas);
            notes.Add(NoBaseAreas);
            return null;
        }

        var missing = memberCodes.Where(m => !baseValues.ContainsKey(m)).Select(StudyCells.BaseOf).Distinct().ToList();
        if (missing.Count > 0)
        {
            notes.Add($"no {what} for {string.Join(" ", missing)}");
            return null;
        }

        return memberCodes.Sum(m => baseValues[m]);
    }

    private (double? Mean, double? Weighted) Deprivation(IReadOnlyList<string> memberCodes, List<string> notes)
    {
        if (baseDecile is null)
        {
            return (null, null);
        }

        var known = memberCodes.Where(baseDecile.ContainsKey).ToList();
        if (known.Count < memberCodes.Count)
        {
            notes.Add($"no deprivation decile for {string.Join(" ", memberCodes.Except(known).Select(StudyCells.BaseOf).Distinct())}");
        }

        // The simple mean is over base areas: a base area split among postcode areas counts once.
        var mean = AreaMean.Simple(known.DistinctBy(StudyCells.BaseOf).Select(m => (double)baseDecile[m]));
        var weighted = basePopulation is null
            ? null
            : AreaMean.Weighted(known.Select(m => ((double)baseDecile[m], basePopulation.GetValueOrDefault(m))));
        return (mean, weighted);
    }
}
