using GeoNeeds.Engine.Geo;
using SkiaSharp;

namespace GeoNeeds.Viewer.Maps;

/// <summary>
/// The one-line entry to a static map: <c>ChoroplethMap.Draw(layer, shading, options).Save("map.png")</c>.
/// Lays out the title, subtitle, map frame, legend, scale bar, north arrow, labels and attribution once; the
/// drawing then renders to PNG or SVG.
/// </summary>
public static class ChoroplethMap
{
    private const float Margin = 24;
    private const float TitleSize = 26;
    private const float SubtitleSize = 16;
    private const float AttributionSize = 11;
    private const float LabelSize = 12;

    /// <summary>A name may be at most this many times as wide as its area: longer ones would sit over the neighbours and read as theirs.</summary>
    private const float MostLabelOverhang = 1.5f;

    /// <summary>Lays out a map of every area of <paramref name="layer"/>, shaded by <paramref name="shading"/>.</summary>
    /// <exception cref="ArgumentException">The layer has no areas, or the page is too small for a map.</exception>
    public static MapDrawing Draw(AreaLayer layer, MapShading shading, MapOptions options) => Draw(layer, shading, options, simplify: true);

    /// <summary>As the public <c>Draw</c>; <paramref name="simplify"/> false projects every vertex (the benchmark's baseline).</summary>
    internal static MapDrawing Draw(AreaLayer layer, MapShading shading, MapOptions options, bool simplify)
    {
        if (layer.Count == 0)
        {
            throw new ArgumentException($"Layer '{layer.Name}' has no areas to map.", nameof(layer));
        }

        var legend = new MapLegend(options.LegendTitle ?? "", shading.Method, MapLegend.EntriesOf(shading, layer.Areas.Select(a => a.Code)));
        var top = Margin + TitleSize + (options.Subtitle is null ? 12 : SubtitleSize + 20);
        var attribution = TextWrap.Lines(options.Attribution ?? "", options.Width - (2 * Margin), AttributionSize);
        var bottom = options.Height - Margin - (attribution.Count * (AttributionSize + 4)) - 8;
        var right = options.Width - Margin - legend.Width - Margin;
        var frame = new SKRect(Margin, top, right, bottom);
        if (frame.Width < 100 || frame.Height < 100)
        {
            throw new ArgumentException($"A {options.Width} × {options.Height} page leaves no room for the map beside its legend and text.", nameof(options));
        }

        var page = new PageFrame(MapProjection.ExtentInBritishNationalGrid(layer), frame);
        var areas = MapProjection.ForDisplay(layer, simplify ? page.MetresPerPixel : 0);
        var labels = options.Labels ? Labels(areas, page) : [];
        return new MapDrawing(options, shading, legend, page, areas, attribution, labels);
    }

    private static IReadOnlyList<(LabelCandidate Label, SKRect Box)> Labels(IReadOnlyList<DisplayArea> areas, PageFrame page)
    {
        var candidates = areas.Select(area =>
        {
            var point = area.Geometry.InteriorPoint.Coordinate;
            var size = new SKSize(MapFont.Width(area.Name, LabelSize), LabelSize * 1.2f);
            return new LabelCandidate(area.Name, page.ToPage(point.X, point.Y), size, area.Geometry.Area);
        }).Where((label, i) => label.Size.Width <= MostLabelOverhang * PageWidth(areas[i], page));
        return LabelPlacement.Place(candidates, page.Frame);
    }

    /// <summary>The page width of an area's bounding box.</summary>
    private static float PageWidth(DisplayArea area, PageFrame page)
    {
        var envelope = area.Geometry.EnvelopeInternal;
        return Math.Abs(page.ToPage(envelope.MaxX, envelope.MinY).X - page.ToPage(envelope.MinX, envelope.MinY).X);
    }

    internal static float LabelFontSize => LabelSize;

    internal static float OuterMargin => Margin;

    internal static float TitleFontSize => TitleSize;

    internal static float SubtitleFontSize => SubtitleSize;

    internal static float AttributionFontSize => AttributionSize;
}
