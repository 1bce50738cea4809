using System.ComponentModel;

namespace GeoNeeds.Engine.Studies;

/// <summary>A rate of one input's events per resident population (or another <see cref="DenominatorDefinition"/>).</summary>
public sealed record IndicatorDefinition
{
    [Description("Column prefix in outputs, e.g. da_incidents.")]
    public string Name { get; init; } = "";

    [Description("The input whose events are counted.")]
    public string Input { get; init; } = "";

    [Description("Rate multiplier, e.g. 1000, 10000 or 100000 (default 1000).")]
    public double Per { get; init; } = 1000;

    [Description("A readable title for maps and tables; quote it when it holds a comma.")]
    public string? Label { get; init; }

    [Description("What the rate is per: residents (default), children (aged 0-17; needs age-sex), or { path, column }.")]
    public DenominatorDefinition? Denominator { get; init; }
}
