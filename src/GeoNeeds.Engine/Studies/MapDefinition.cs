namespace GeoNeeds.Engine.Studies;

/// <summary>A map declared in a study file: <c>{ level: ward, value: da_incidents_rate_per_1000, classes: jenks, k: 5, palette: OrRd }</c>.</summary>
public sealed class MapDefinition
{
    /// <summary>The level whose areas are shaded.</summary>
    public string Level { get; set; } = "";

    /// <summary>A numeric column of the level's table (<c>&lt;level&gt;.csv</c>), e.g. <c>da_incidents_rate_per_1000</c>.</summary>
    public string Value { get; set; } = "";

    /// <summary>quantile, equal, jenks, deciles or fixed:a,b,c.</summary>
    public string Classes { get; set; } = "quantile";

    /// <summary>The number of classes (quantile, equal, jenks).</summary>
    public int K { get; set; } = 5;

    /// <summary>A ColorBrewer scheme name, e.g. OrRd.</summary>
    public string Palette { get; set; } = "YlOrRd";

    /// <summary>The map's title; by default the column and level.</summary>
    public string? Title { get; set; }

    /// <summary>Whether to print area names where they fit.</summary>
    public bool Labels { get; set; }

    /// <summary>png or svg.</summary>
    public string Format { get; set; } = "png";

    /// <summary>The file name without extension; by default <c>&lt;level&gt;_&lt;value&gt;_&lt;classes&gt;</c>.</summary>
    public string? Name { get; set; }
}
