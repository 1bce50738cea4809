using System.ComponentModel;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// The study file's <c>graphics:</c> block: maps and charts to draw besides (or, with <c>defaults: false</c>,
/// instead of) the default set. The Viewer draws them; class, palette and chart-kind names are checked there.
/// </summary>
public sealed record GraphicsDefinition
{
    [Description("Maps of one column of a level table each.")]
    public List<MapDefinition> Maps { get; init; } = [];

    [Description("Charts of one indicator at one level each.")]
    public List<ChartDefinition> Charts { get; init; } = [];

    [Description("Whether the default maps and charts are drawn too (default true).")]
    public bool Defaults { get; init; } = true;
}
