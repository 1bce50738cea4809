using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// Builds a level's table from base-level inputs: sums population and counts over each area's member base
/// areas and averages their deprivation deciles.
/// </summary>
internal sealed class LevelTableBuilder(
    IReadOnlyDictionary<string, double>? basePopulation,
    IReadOnlyDictionary<string, int>? baseDecile,
    IReadOnlyList<(IndicatorDefinition Definition, InputResult Input)> indicators)
{
    public LevelTable Build(StudyLevel level, IReadOnlyList<string> baseCodes)
    {
        var members = baseCodes
            .Select(code => (Base: code, Area: level.CodeFor(code)))
            .Where(m => m.Area is not null)
            .ToLookup(m => m.Area!, m => m.Base, StringComparer.Ordinal);
        var rows = level.Areas.Select(area => BuildRow(area.Key, area.Value, members[area.Key].ToList())).ToList();
        return new LevelTable(level.Name, level.IsBase, rows);
    }

    private AreaRow BuildRow(string code, string name, IReadOnlyList<string> memberCodes)
    {
        var notes = new List<string>();
        var population = SumPopulation(memberCodes, notes);
        var (mean, weighted) = Deprivation(memberCodes, notes);
        var values = indicators.Select(i =>
        {
            var count = memberCodes.Sum(m => i.Input.Counts.InArea(m));
            return new IndicatorValue(i.Definition.Name, count, CrudeRate.Calculate(count, population, i.Definition.Per));
        }).ToList();
        return new AreaRow(code, name, population, mean, weighted, values, notes);
    }

    private double? SumPopulation(IReadOnlyList<string> memberCodes, List<string> notes)
    {
        if (basePopulation is null)
        {
            return null;
        }

        if (memberCodes.Count == 0)
        {
            notes.Add("no base areas roll up to this area");
            return null;
        }

        var missing = memberCodes.Where(m => !basePopulation.ContainsKey(m)).ToList();
        if (missing.Count > 0)
        {
            notes.Add($"no population for {string.Join(" ", missing)}");
            return null;
        }

        return memberCodes.Sum(m => basePopulation[m]);
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
            notes.Add($"no deprivation decile for {string.Join(" ", memberCodes.Except(known))}");
        }

        var mean = AreaMean.Simple(known.Select(m => (double)baseDecile[m]));
        var weighted = basePopulation is null
            ? null
            : AreaMean.Weighted(known.Select(m => ((double)baseDecile[m], basePopulation.GetValueOrDefault(m))));
        return (mean, weighted);
    }
}
