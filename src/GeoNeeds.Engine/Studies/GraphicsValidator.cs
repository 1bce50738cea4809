namespace GeoNeeds.Engine.Studies;

/// <summary>Checks the <c>graphics:</c> block against the study's levels, indicators and table columns.</summary>
internal static class GraphicsValidator
{
    private static readonly string[] Formats = ["png", "svg"];
    private static readonly string[] TextColumns = ["area_code", "area_name", "notes"];

    public static void Validate(StudyDefinition study, GraphicsDefinition graphics)
    {
        for (var i = 0; i < graphics.Maps.Count; i++)
        {
            var map = graphics.Maps[i];
            var field = $"graphics.maps[{i}]";
            var level = RequireLevel(study, map.Level, field);
            var columns = LevelColumns.Names(study, isBase: level == 0).Where(c => !TextColumns.Contains(c) && !c.EndsWith("_method", StringComparison.Ordinal)).ToList();
            StudyValidator.Require(columns.Contains(map.Value), study.SourcePath, $"{field}.value", $"'{map.Value}' is not a numeric column of the {map.Level} table; use one of {string.Join(", ", columns)}");
            StudyValidator.Require(map.K is >= 2 and <= 9, study.SourcePath, $"{field}.k", "the number of classes must be between 2 and 9");
            StudyValidator.Require(Formats.Contains(map.Format), study.SourcePath, $"{field}.format", $"'{map.Format}' is not one of {string.Join(", ", Formats)}");
        }

        for (var i = 0; i < graphics.Charts.Count; i++)
        {
            var chart = graphics.Charts[i];
            var field = $"graphics.charts[{i}]";
            RequireLevel(study, chart.Level, field);
            StudyValidator.Require(study.Indicators.Any(d => d.Name == chart.Indicator), study.SourcePath, $"{field}.indicator", $"no indicator is named '{chart.Indicator}'");
            StudyValidator.Require(Formats.Contains(chart.Format), study.SourcePath, $"{field}.format", $"'{chart.Format}' is not one of {string.Join(", ", Formats)}");
        }
    }

    private static int RequireLevel(StudyDefinition study, string name, string field)
    {
        var index = study.Levels.FindIndex(l => l.Name == name);
        StudyValidator.Require(index >= 0, study.SourcePath, $"{field}.level", $"no level is named '{name}'; use one of {string.Join(", ", study.Levels.Select(l => l.Name))}");
        return index;
    }
}
