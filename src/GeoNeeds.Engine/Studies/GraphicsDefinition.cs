namespace GeoNeeds.Engine.Studies;

/// <summary>
/// The study file's <c>graphics:</c> block: maps and charts to draw besides (or, with <c>defaults: false</c>,
/// instead of) the default set. The Viewer draws them; class, palette and chart-kind names are checked there.
/// </summary>
public sealed class GraphicsDefinition
{
    /// <summary>Maps of one column of a level table each.</summary>
    public List<MapDefinition> Maps { get; set; } = [];

    /// <summary>Charts of one indicator at one level each.</summary>
    public List<ChartDefinition> Charts { get; set; } = [];

    /// <summary>Whether the default maps and charts are drawn too (true unless the study says otherwise).</summary>
    public bool Defaults { get; set; } = true;
}
