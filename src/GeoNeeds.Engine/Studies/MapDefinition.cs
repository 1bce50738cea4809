using System.ComponentModel;

namespace GeoNeeds.Engine.Studies;

/// <summary>A map declared in a study file: <c>{ level: ward, value: da_incidents_rate_per_1000, classes: jenks, k: 5, palette: OrRd }</c>.</summary>
public sealed record MapDefinition
{
    [Description("The level whose areas are shaded.")]
    public string Level { get; init; } = "";

    [Description("A numeric column of the level's table (<level>.csv), e.g. da_incidents_rate_per_1000.")]
    public string Value { get; init; } = "";

    [Description("quantile (default), equal, jenks, deciles or fixed:a,b,c.")]
    public string Classes { get; init; } = "quantile";

    [Description("The number of classes, 2 to 9 (quantile, equal, jenks; default 5).")]
    public int K { get; init; } = 5;

    [Description("A ColorBrewer scheme name, e.g. OrRd (default YlOrRd).")]
    public string Palette { get; init; } = "YlOrRd";

    [Description("The map's title; by default the column and level.")]
    public string? Title { get; init; }

    [Description("Whether to print area names where they fit.")]
    public bool Labels { get; init; }

    [Description("png (default) or svg.")]
    public string Format { get; init; } = "png";

    [Description("The file name without extension; by default <level>_<value>_<classes>.")]
    public string? Name { get; init; }
}
