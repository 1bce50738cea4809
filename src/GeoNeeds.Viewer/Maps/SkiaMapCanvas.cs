using SkiaSharp;

namespace GeoNeeds.Viewer.Maps;

/// <summary>Draws a map onto a SkiaSharp canvas, for PNG output.</summary>
internal sealed class SkiaMapCanvas(SKCanvas canvas) : IMapCanvas
{
    private const float HatchSpacing = 6;

    public void Area(string code, string name, IReadOnlyList<SKPoint[]> rings, ScottPlot.Color fill, bool hatched, float outlineWidth)
    {
        using var path = new SKPath { FillType = SKPathFillType.EvenOdd };
        foreach (var ring in rings)
        {
            path.AddPoly(ring, close: true);
        }

        Fill(path, fill, hatched);
        if (outlineWidth > 0)
        {
            using var stroke = Paint(Palettes.MapColours.Outline, SKPaintStyle.Stroke, outlineWidth);
            canvas.DrawPath(path, stroke);
        }
    }

    public void Rectangle(SKRect rect, ScottPlot.Color fill, ScottPlot.Color? outline = null, bool hatched = false)
    {
        using var path = new SKPath();
        path.AddRect(rect);
        Fill(path, fill, hatched);
        if (outline is { } colour)
        {
            using var stroke = Paint(colour, SKPaintStyle.Stroke, 1);
            canvas.DrawRect(rect, stroke);
        }
    }

    public void Polygon(SKPoint[] points, ScottPlot.Color fill)
    {
        using var path = new SKPath();
        path.AddPoly(points, close: true);
        using var paint = Paint(fill, SKPaintStyle.Fill, 0);
        canvas.DrawPath(path, paint);
    }

    public void Line(SKPoint from, SKPoint to, ScottPlot.Color colour, float width)
    {
        using var paint = Paint(colour, SKPaintStyle.Stroke, width);
        canvas.DrawLine(from, to, paint);
    }

    public void Text(string text, float x, float y, float size, TextAnchor anchor = TextAnchor.Start, bool bold = false, bool halo = false)
    {
        using var font = MapFont.Font(size, bold);
        var align = anchor switch
        {
            TextAnchor.Middle => SKTextAlign.Center,
            TextAnchor.End => SKTextAlign.Right,
            _ => SKTextAlign.Left,
        };
        if (halo)
        {
            using var outline = Paint(ScottPlot.Colors.White, SKPaintStyle.Stroke, size / 4);
            outline.StrokeJoin = SKStrokeJoin.Round;
            canvas.DrawText(text, x, y, align, font, outline);
        }

        using var paint = Paint(Palettes.MapColours.Text, SKPaintStyle.Fill, 0);
        canvas.DrawText(text, x, y, align, font, paint);
    }

    private void Fill(SKPath path, ScottPlot.Color fill, bool hatched)
    {
        using var paint = Paint(hatched ? ScottPlot.Colors.White : fill, SKPaintStyle.Fill, 0);
        canvas.DrawPath(path, paint);
        if (!hatched)
        {
            return;
        }

        // Diagonal lines clipped to the shape: the suppressed-value pattern, the same as the SVG's.
        canvas.Save();
        canvas.ClipPath(path, antialias: true);
        using var line = Paint(fill, SKPaintStyle.Stroke, 1.5f);
        var bounds = path.Bounds;
        for (var offset = -bounds.Height; offset < bounds.Width; offset += HatchSpacing)
        {
            canvas.DrawLine(bounds.Left + offset, bounds.Bottom, bounds.Left + offset + bounds.Height, bounds.Top, line);
        }

        canvas.Restore();
    }

    private static SKPaint Paint(ScottPlot.Color colour, SKPaintStyle style, float width) =>
        new() { Color = new SKColor(colour.R, colour.G, colour.B, colour.A), Style = style, StrokeWidth = width, IsAntialias = true };
}
