namespace GeoNeeds.Engine.Studies;

/// <summary>A rate of one input's events per resident population (or another <see cref="DenominatorDefinition"/>).</summary>
public sealed class IndicatorDefinition
{
    /// <summary>Column prefix in outputs, e.g. <c>da_incidents</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>The input whose events are counted.</summary>
    public string Input { get; set; } = "";

    /// <summary>Rate multiplier: 1000, 10000 or 100000.</summary>
    public double Per { get; set; } = 1000;

    /// <summary>A readable title for maps and tables.</summary>
    public string? Label { get; set; }

    /// <summary>What the rate is per; default: residents.</summary>
    public DenominatorDefinition? Denominator { get; set; }
}
