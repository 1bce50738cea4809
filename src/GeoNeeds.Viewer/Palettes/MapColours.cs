namespace GeoNeeds.Viewer.Palettes;

/// <summary>The fixed colours of maps and charts that do not depend on the data.</summary>
public static class MapColours
{
    /// <summary>
    /// IMD deciles 1 (most deprived) to 10 (least deprived): ColorBrewer's 10-class RdBu, dark red for the most
    /// deprived through to dark blue for the least; colour-blind safe.
    /// </summary>
    public static IReadOnlyList<ScottPlot.Color> Deciles { get; } = ColorBrewer.Named("RdBu").Colours(10);

    /// <summary>Areas with no value (no population, no data): plain light grey.</summary>
    public static ScottPlot.Color NoData { get; } = ScottPlot.Color.FromHex("d9d9d9");

    /// <summary>Areas whose count is suppressed: hatched in this grey on white.</summary>
    public static ScottPlot.Color Suppressed { get; } = ScottPlot.Color.FromHex("969696");

    /// <summary>Area outlines.</summary>
    public static ScottPlot.Color Outline { get; } = ScottPlot.Color.FromHex("4d4d4d");

    /// <summary>Text on maps and charts.</summary>
    public static ScottPlot.Color Text { get; } = ScottPlot.Color.FromHex("1a1a1a");

    /// <summary>
    /// Lines of a chart with several series: the colour-blind-safe qualitative palette of Okabe and Ito (2008,
    /// <i>Color Universal Design</i>, J*Fly), without its yellow (too light on white).
    /// </summary>
    public static IReadOnlyList<ScottPlot.Color> Series { get; } =
        [.. new[] { "0072B2", "D55E00", "009E73", "CC79A7", "E69F00", "56B4E9", "000000" }.Select(ScottPlot.Color.FromHex)];
}
