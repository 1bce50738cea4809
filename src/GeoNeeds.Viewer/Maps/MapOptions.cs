namespace GeoNeeds.Viewer.Maps;

/// <summary>What a map says around its areas, and its size.</summary>
/// <param name="Title">The map's title, e.g. the indicator.</param>
/// <param name="Subtitle">Indicator, period and denominator, e.g. "Apr 2025 – Mar 2026, per 1,000 residents".</param>
/// <param name="Attribution">The line(s) the data licences require, printed along the foot.</param>
/// <param name="LegendTitle">The legend's heading, e.g. the unit of the values.</param>
/// <param name="Labels">Whether to print area names where they fit without colliding.</param>
/// <param name="Width">Image width in pixels (SVG user units).</param>
/// <param name="Height">Image height in pixels.</param>
public sealed record MapOptions(
    string Title,
    string? Subtitle = null,
    string? Attribution = null,
    string? LegendTitle = null,
    bool Labels = false,
    int Width = 1600,
    int Height = 1200);
