using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.AreaValues;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Stats.Spatial;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// Hot spots of each indicator's rate on each level with boundaries: Gi*, local Moran clusters
/// (<c>&lt;level&gt;_hotspots.csv</c>) and global Moran's I (<c>hotspots_global.csv</c>).
/// </summary>
internal static class HotSpotNeeds
{
    public static IEnumerable<NeedsTable> Tables(NeedsContext context, HotSpotsNeed need)
    {
        var global = new List<IReadOnlyList<object?>>();
        foreach (var level in context.Levels.Where(l => l.Layer is not null && l.Areas.Count >= 3 && (need.Levels.Count == 0 || need.Levels.Contains(l.Name))))
        {
            var table = context.TableOf(level);
            var rows = new List<IReadOnlyList<object?>>();
            foreach (var (indicator, i) in context.Study.Indicators.Select((d, i) => (d, i)))
            {
                if (table.Rows.Any(r => r.Indicators[i].Rate.Value is null))
                {
                    context.Warnings.Add($"hot spots: {level.Name} {indicator.Name} has areas without a rate (no population), so it is not analysed");
                    continue;
                }

                var values = new AreaValueTable(level.Name, "area_code", indicator.Name, table.Rows.Select((r, line) => new AreaValue(r.Code, r.Indicators[i].Rate.Value!.Value, line + 2)).ToList());
                HotSpotResult result;
                try
                {
                    result = HotSpotAnalysis.Run(level.Layer!, level.Name, values, need.Permutations, need.Seed);
                }
                catch (InputDataException e)
                {
                    context.Warnings.Add($"hot spots: {level.Name} {indicator.Name} not analysed: {e.Problem}");
                    continue;
                }

                context.Warnings.AddRange(result.Warnings);
                var names = level.Areas.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
                rows.AddRange(result.Rows.Select(r => (IReadOnlyList<object?>)[indicator.Name, .. HotSpotLayout.Row(r, names[r.Code])]));
                global.Add([level.Name, indicator.Name, .. HotSpotLayout.GlobalCells(result.Global)]);
            }

            yield return new NeedsTable($"{level.Name}_hotspots.csv", ["indicator", .. HotSpotLayout.Columns], rows);
        }

        yield return new NeedsTable("hotspots_global.csv", ["level", "indicator", .. HotSpotLayout.GlobalColumns], global);
    }
}
