using System.Globalization;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Deprivation;
using GeoNeeds.Engine.Studies;
using GeoNeeds.Viewer.Classification;
using GeoNeeds.Viewer.Maps;
using GeoNeeds.Viewer.Palettes;

namespace GeoNeeds.Viewer.Studies;

/// <summary>The maps and charts a study file declares under <c>graphics:</c>.</summary>
internal static class DeclaredGraphics
{
    /// <summary>
    /// Checks the names only the Viewer knows (classes, palettes, chart kinds), so a mistake stops the run with
    /// the study-file key before anything is drawn.
    /// </summary>
    /// <exception cref="InputDataException">A class, palette or chart kind is unknown.</exception>
    public static void Check(StudyDefinition study)
    {
        for (var i = 0; i < study.Graphics.Maps.Count; i++)
        {
            var map = study.Graphics.Maps[i];
            Scheme(study, map, i);
            Palette(study, map, i);
        }

        for (var i = 0; i < study.Graphics.Charts.Count; i++)
        {
            var kind = study.Graphics.Charts[i].Kind;
            if (!StudyCharts.DeclaredKinds.Contains(kind))
            {
                throw new InputDataException(study.SourcePath, 0, $"graphics.charts[{i}].kind", $"'{kind}' is not one of {string.Join(", ", StudyCharts.DeclaredKinds)}");
            }
        }
    }

    public static IEnumerable<string> Draw(StudyContext context, string folder)
    {
        var study = context.Study;
        for (var i = 0; i < study.Graphics.Maps.Count; i++)
        {
            yield return DrawMap(context, study.Graphics.Maps[i], i, folder);
        }

        foreach (var chart in study.Graphics.Charts)
        {
            var level = context.Levels.Single(l => l.Name == chart.Level);
            var indicator = study.Indicators.FindIndex(d => d.Name == chart.Indicator);
            if (StudyCharts.Create(context, level, indicator, chart.Kind, chart.Title, chart.Areas) is { } drawn)
            {
                var name = chart.Name ?? $"{chart.Level}_{chart.Indicator}_{StudyCharts.FileSuffix(chart.Kind)}";
                foreach (var file in StudyCharts.Save(drawn.Plot, folder, $"{name}.{chart.Format}", drawn.Height))
                {
                    yield return file;
                }
            }
        }
    }

    private static string DrawMap(StudyContext context, MapDefinition map, int index, string folder)
    {
        var level = context.Levels.Single(l => l.Name == map.Level);
        var layer = level.Level.Layer ?? throw new InputDataException(context.Study.SourcePath, 0, $"graphics.maps[{index}].level", $"level '{map.Level}' has no boundaries to draw");
        var indicator = context.Study.Indicators.FindIndex(d => map.Value.StartsWith($"{d.Name}_", StringComparison.Ordinal));
        var values = LevelColumns.Values(level.Table, context.Result, map.Value).ToDictionary(
            v => v.Key,
            v => new MapValue(v.Value is null ? null : Convert.ToDouble(v.Value, CultureInfo.InvariantCulture), indicator >= 0 && IsSuppressed(context, level, v.Key, indicator)));
        var scheme = Scheme(context.Study, map, index);
        var shading = scheme.Method == ClassificationScheme.Deciles
            ? MapShading.ByDecile(values.ToDictionary(v => v.Key, v => v.Value.Value), LayerShading.DecileMethod(context.Deprivation ?? DeprivationIndex.Imd2019))
            : MapShading.ByValue(values, scheme, Palette(context.Study, map, index));
        var title = map.Title ?? (indicator >= 0 ? $"{context.Label(indicator)}, by {level.Title}" : $"{map.Value}, by {level.Title}");
        var subtitle = indicator >= 0 ? $"{context.Study.Title}: {context.Subtitle(indicator)}" : context.Study.Title;
        var legend = indicator >= 0 && map.Value.Contains("_rate_per_", StringComparison.Ordinal) ? $"Rate {context.Per(indicator)}" : map.Value;
        var options = new MapOptions(title, subtitle, context.Attribution, legend, map.Labels);
        return StudyMaps.Save(ChoroplethMap.Draw(layer, shading, options), folder, $"{map.Name ?? $"{map.Level}_{map.Value}_{map.Classes.Split(':')[0]}"}.{map.Format}");
    }

    private static bool IsSuppressed(StudyContext context, LevelGraphics level, string code, int indicator) =>
        context.IsWithheld(level, code, indicator);

    private static ClassificationScheme Scheme(StudyDefinition study, MapDefinition map, int index)
    {
        try
        {
            return ClassificationScheme.Parse(map.Classes, map.K);
        }
        catch (FormatException e)
        {
            throw new InputDataException(study.SourcePath, 0, $"graphics.maps[{index}].classes", e.Message);
        }
    }

    private static Palette Palette(StudyDefinition study, MapDefinition map, int index)
    {
        try
        {
            return ColorBrewer.Named(map.Palette);
        }
        catch (ArgumentException e)
        {
            throw new InputDataException(study.SourcePath, 0, $"graphics.maps[{index}].palette", e.Message.Split(" (Parameter")[0]);
        }
    }
}
