using System.ComponentModel;

namespace GeoNeeds.Engine.Studies;

/// <summary>A chart declared in a study file: <c>{ kind: funnel, level: ward, indicator: da_incidents }</c>.</summary>
public sealed record ChartDefinition
{
    [Description("ranked, funnel, imd (rate against deprivation), quadrant (rate against change) or trend (rates per period).")]
    public string Kind { get; init; } = "";

    [Description("The level whose areas are charted.")]
    public string Level { get; init; } = "";

    [Description("The indicator charted.")]
    public string Indicator { get; init; } = "";

    [Description("For a trend: codes of the level's areas drawn beside the study area.")]
    public List<string> Areas { get; init; } = [];

    [Description("The chart's title; by default the indicator's label, kind and level.")]
    public string? Title { get; init; }

    [Description("png (default) or svg.")]
    public string Format { get; init; } = "png";

    [Description("The file name without extension; by default <level>_<indicator>_<kind>.")]
    public string? Name { get; init; }
}
