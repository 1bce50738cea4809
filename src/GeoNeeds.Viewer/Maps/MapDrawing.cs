using GeoNeeds.Engine.Export;
using SkiaSharp;

namespace GeoNeeds.Viewer.Maps;

/// <summary>A laid-out map, ready to save as PNG or SVG (chosen by the file's extension).</summary>
public sealed class MapDrawing
{
    private readonly MapOptions _options;
    private readonly MapShading _shading;
    private readonly MapLegend _legend;
    private readonly IReadOnlyList<DisplayArea> _areas;
    private readonly IReadOnlyList<string> _attribution;
    private readonly IReadOnlyList<(LabelCandidate Label, SKRect Box)> _labels;

    internal MapDrawing(MapOptions options, MapShading shading, MapLegend legend, PageFrame frame, IReadOnlyList<DisplayArea> areas,
        IReadOnlyList<string> attribution, IReadOnlyList<(LabelCandidate Label, SKRect Box)> labels)
    {
        _options = options;
        _shading = shading;
        _legend = legend;
        Frame = frame;
        _areas = areas;
        _attribution = attribution;
        _labels = labels;
    }

    /// <summary>The legend's lines as drawn: class words, colours and area counts.</summary>
    public IReadOnlyList<LegendEntry> Legend => _legend.Entries;

    /// <summary>The area names printed on the map (empty unless labels were asked for).</summary>
    public IReadOnlyList<string> LabelsShown => [.. _labels.Select(l => l.Label.Text)];

    /// <summary>Where map metres fall on the page.</summary>
    internal PageFrame Frame { get; }

    /// <summary>Writes the map to <paramref name="path"/>: SVG for <c>.svg</c>, PNG otherwise; atomically.</summary>
    public void Save(string path)
    {
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            AtomicFile.WriteAllText(path, Svg());
        }
        else
        {
            var png = Png();
            AtomicFile.Write(path, stream => stream.Write(png));
        }
    }

    /// <summary>The map as PNG bytes.</summary>
    public byte[] Png()
    {
        using var surface = SKSurface.Create(new SKImageInfo(_options.Width, _options.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        Render(new SkiaMapCanvas(surface.Canvas));
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>The map as an SVG document.</summary>
    public string Svg()
    {
        var canvas = new SvgMapCanvas(_options.Width, _options.Height);
        Render(canvas);
        return canvas.Document();
    }

    private void Render(IMapCanvas canvas)
    {
        var outline = OutlineWidth();
        foreach (var area in _areas)
        {
            var shade = _shading.Areas.GetValueOrDefault(area.Code, AreaShade.NoData);
            var (fill, hatched) = shade.Kind switch
            {
                AreaShadeKind.Classified => (_shading.Classes[shade.ClassIndex].Fill, false),
                AreaShadeKind.Suppressed => (Palettes.MapColours.Suppressed, true),
                _ => (Palettes.MapColours.NoData, false),
            };
            canvas.Area(area.Code, area.Name, Frame.Rings(area.Geometry), fill, hatched, outline);
        }

        foreach (var (label, box) in _labels)
        {
            canvas.Text(label.Text, box.MidX, box.Bottom - (label.Size.Height * 0.25f), ChoroplethMap.LabelFontSize, TextAnchor.Middle, halo: true);
        }

        var frame = Frame.Frame;
        ScaleBar.Draw(canvas, frame.Left + 12, frame.Bottom - 14, Frame.MetresPerPixel, frame.Width / 4);
        NorthArrow.Draw(canvas, frame.Right - 24, frame.Top + 20);
        DrawText(canvas, frame);
    }

    private void DrawText(IMapCanvas canvas, SKRect frame)
    {
        var margin = ChoroplethMap.OuterMargin;
        canvas.Text(_options.Title, margin, margin + ChoroplethMap.TitleFontSize, ChoroplethMap.TitleFontSize, bold: true);
        if (_options.Subtitle is { } subtitle)
        {
            canvas.Text(subtitle, margin, margin + ChoroplethMap.TitleFontSize + ChoroplethMap.SubtitleFontSize + 10, ChoroplethMap.SubtitleFontSize);
        }

        _legend.Draw(canvas, _options.Width - margin - _legend.Width, frame.Top);
        var size = ChoroplethMap.AttributionFontSize;
        var y = _options.Height - margin - ((_attribution.Count - 1) * (size + 4));
        foreach (var line in _attribution)
        {
            canvas.Text(line, margin, y, size);
            y += size + 4;
        }
    }

    /// <summary>Outlines that suit the areas' size on the page: none when areas are a few pixels across (a national LSOA map).</summary>
    private float OutlineWidth()
    {
        var sizes = _areas.Select(a => a.Geometry.EnvelopeInternal.Area / (Frame.MetresPerPixel * Frame.MetresPerPixel)).Order().ToList();
        var median = sizes[sizes.Count / 2];
        return median < 60 ? 0 : median < 600 ? 0.3f : 0.8f;
    }
}
