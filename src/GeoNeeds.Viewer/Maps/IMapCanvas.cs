using SkiaSharp;

namespace GeoNeeds.Viewer.Maps;

/// <summary>Where text is anchored: its start, its middle or its end at the given x.</summary>
internal enum TextAnchor
{
    Start,
    Middle,
    End,
}

/// <summary>
/// The few things a map draws, in page pixels, so one layout makes both the PNG (<see cref="SkiaMapCanvas"/>) and
/// the SVG (<see cref="SvgMapCanvas"/>).
/// </summary>
internal interface IMapCanvas
{
    /// <summary>One area: its rings (outer and holes, even-odd), its fill or hatching, and an outline of the given width (0: none).</summary>
    void Area(string code, string name, IReadOnlyList<SKPoint[]> rings, ScottPlot.Color fill, bool hatched, float outlineWidth);

    /// <summary>A filled rectangle with an optional outline; hatched draws the suppressed pattern.</summary>
    void Rectangle(SKRect rect, ScottPlot.Color fill, ScottPlot.Color? outline = null, bool hatched = false);

    /// <summary>A filled closed polygon.</summary>
    void Polygon(SKPoint[] points, ScottPlot.Color fill);

    /// <summary>A straight line.</summary>
    void Line(SKPoint from, SKPoint to, ScottPlot.Color colour, float width);

    /// <summary>One line of text whose baseline is at <paramref name="y"/>; a halo draws a white outline first for legibility over areas.</summary>
    void Text(string text, float x, float y, float size, TextAnchor anchor = TextAnchor.Start, bool bold = false, bool halo = false);
}
