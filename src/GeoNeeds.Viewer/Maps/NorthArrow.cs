using SkiaSharp;

namespace GeoNeeds.Viewer.Maps;

/// <summary>
/// A north arrow. Maps are drawn on the British National Grid, whose grid north is within 3° of true north
/// across England and Wales, so the arrow points straight up.
/// </summary>
internal static class NorthArrow
{
    /// <summary>Draws the arrow with its tip at (x, y) and "N" above it.</summary>
    public static void Draw(IMapCanvas canvas, float x, float y, float height = 36)
    {
        var halfWidth = height / 3;
        var tip = new SKPoint(x, y);
        var foot = new SKPoint(x, y + (height * 0.7f));
        canvas.Polygon([tip, new SKPoint(x - halfWidth, y + height), foot], Palettes.MapColours.Text);
        canvas.Polygon([tip, foot, new SKPoint(x + halfWidth, y + height)], Palettes.MapColours.Suppressed);
        canvas.Text("N", x, y - 4, height / 2.5f, TextAnchor.Middle, bold: true, halo: true);
    }
}
