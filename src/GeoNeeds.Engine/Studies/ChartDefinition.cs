namespace GeoNeeds.Engine.Studies;

/// <summary>A chart declared in a study file: <c>{ kind: funnel, level: ward, indicator: da_incidents }</c>.</summary>
public sealed class ChartDefinition
{
    /// <summary>ranked, funnel, imd (rate against deprivation) or quadrant (rate against change).</summary>
    public string Kind { get; set; } = "";

    /// <summary>The level whose areas are charted.</summary>
    public string Level { get; set; } = "";

    /// <summary>The indicator charted.</summary>
    public string Indicator { get; set; } = "";

    /// <summary>The chart's title; by default the indicator's label, kind and level.</summary>
    public string? Title { get; set; }

    /// <summary>png or svg.</summary>
    public string Format { get; set; } = "png";

    /// <summary>The file name without extension; by default <c>&lt;level&gt;_&lt;indicator&gt;_&lt;kind&gt;</c>.</summary>
    public string? Name { get; set; }
}
