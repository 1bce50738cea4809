using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Io.Deprivation;
using GeoNeeds.Viewer.Maps;

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
            yield return Save(RateMap(context, level, layer, i, labels), folder, $"{level.Name}_{context.Study.Indicators[i].Name}_rate.png");
        }

        foreach (var drawing in HotSpots(context, level, layer, labels, folder))
        {
            yield return drawing;
        }

        if (context.Deprivation is { } index)
        {
            yield return Save(DeprivationMap(context, level, layer, index, labels), folder, $"{level.Name}_imd_decile.png");
        }
    }

    /// <summary>The map of indicator <paramref name="indicator"/>'s rate in each area of the level.</summary>
    internal static MapDrawing RateMap(StudyContext context, LevelGraphics level, Engine.Geo.AreaLayer layer, int indicator, bool labels)
    {
        var values = context.Rates(level, indicator).ToDictionary(r => r.Code, r => new MapValue(r.Rate, r.Suppressed));
        var title = $"{context.Label(indicator)}, by {level.Title}";
        var options = new MapOptions(title, $"{context.Study.Title}: {context.Subtitle(indicator)}", context.Attribution, $"Rate {context.Per(indicator)}", labels);
        return ChoroplethMap.Draw(layer, LayerShading.Rate(values), options);
    }

    /// <summary>The map of the level's IMD decile (the mean of its LSOAs' deciles above the LSOA level).</summary>
    internal static MapDrawing DeprivationMap(StudyContext context, LevelGraphics level, Engine.Geo.AreaLayer layer, DeprivationIndex index, bool labels)
    {
        var column = level.Level.IsBase ? IndicatorColumnNames.DeprivationDecile : IndicatorColumnNames.DeprivationMean;
        var deciles = LayerShading.Deprivation(level.Table.Rows.ToDictionary(r => r.Code, r => r.DeprivationMean), column, index);
        var legend = level.Level.IsBase ? $"{index.Edition} decile" : $"{index.Edition} decile (mean of LSOAs)";
        var options = new MapOptions($"{index.Name}, by {level.Title}", context.Study.Title, context.Attribution, legend, labels);
        return ChoroplethMap.Draw(layer, deciles, options);
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
