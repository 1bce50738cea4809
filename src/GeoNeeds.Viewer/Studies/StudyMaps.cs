using GeoNeeds.Viewer.Classification;
using GeoNeeds.Viewer.Maps;
using GeoNeeds.Viewer.Palettes;

namespace GeoNeeds.Viewer.Studies;

/// <summary>The maps of one level: each indicator's rate in quantile classes, and the IMD decile.</summary>
internal static class StudyMaps
{
    public static IEnumerable<string> Draw(StudyContext context, LevelGraphics level, string folder)
    {
        if (level.Level.Layer is not { } layer)
        {
            yield break;
        }

        var labels = level.Table.Rows.Count <= 40;
        for (var i = 0; i < context.Study.Indicators.Count; i++)
        {
            var values = context.Rates(level, i).ToDictionary(r => r.Code, r => new MapValue(r.Rate, r.Suppressed));
            var shading = MapShading.ByValue(values, ClassificationScheme.Parse(ClassificationScheme.Quantile, Math.Min(5, Math.Max(1, values.Count / 2))), ColorBrewer.Named(ColorBrewer.DefaultSequential));
            var title = $"{context.Label(i)}, by {level.Title}";
            var options = new MapOptions(title, $"{context.Study.Title}: {context.Subtitle(i)}", context.Attribution, $"Rate {context.Per(i)}", labels);
            yield return Save(ChoroplethMap.Draw(layer, shading, options), folder, $"{level.Name}_{context.Study.Indicators[i].Name}_rate.png");
        }

        foreach (var drawing in HotSpots(context, level, layer, labels, folder))
        {
            yield return drawing;
        }

        if (context.Deprivation is { } index)
        {
            var method = level.Level.IsBase ? $"{index.Edition} deciles ({index.Nation})" : "mean of its LSOAs' deciles, nearest decile";
            var deciles = MapShading.ByDecile(level.Table.Rows.ToDictionary(r => r.Code, r => r.DeprivationMean), method);
            var legend = level.Level.IsBase ? $"{index.Edition} decile" : $"{index.Edition} decile (mean of LSOAs)";
            var options = new MapOptions($"{index.Name}, by {level.Title}", context.Study.Title, context.Attribution, legend, labels);
            yield return Save(ChoroplethMap.Draw(layer, deciles, options), folder, $"{level.Name}_imd_decile.png");
        }
    }

    /// <summary>Cluster maps from the study's <c>&lt;level&gt;_hotspots.csv</c> table, one per indicator.</summary>
    private static IEnumerable<string> HotSpots(StudyContext context, LevelGraphics level, Engine.Geo.AreaLayer layer, bool labels, string folder)
    {
        var table = context.Result.Needs.FirstOrDefault(t => t.FileName == $"{level.Name}_hotspots.csv");
        if (table is null)
        {
            yield break;
        }

        foreach (var (indicator, i) in context.Study.Indicators.Select((d, i) => (d, i)))
        {
            var clusters = table.Rows.Where(r => (string?)r[0] == indicator.Name).ToDictionary(r => (string)r[1]!, r => (string)r[^1]!);
            if (clusters.Count == 0)
            {
                continue;
            }

            var options = new MapOptions($"Hot spots: {context.Label(i)}, by {level.Title}", $"{context.Study.Title}: local Moran's I clusters of the rate", context.Attribution, "Cluster", labels);
            yield return Save(ChoroplethMap.Draw(layer, MapShading.ByCluster(clusters), options), folder, $"{level.Name}_{indicator.Name}_hotspots.png");
        }
    }

    public static string Save(MapDrawing drawing, string folder, string name)
    {
        var relative = Path.Combine("maps", name);
        drawing.Save(Path.Combine(folder, relative));
        return relative.Replace('\\', '/');
    }
}
