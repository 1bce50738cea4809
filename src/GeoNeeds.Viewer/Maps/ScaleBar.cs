using SkiaSharp;

namespace GeoNeeds.Viewer.Maps;

/// <summary>A scale bar of a round length (1, 2 or 5 × a power of ten metres), labelled in m or km.</summary>
internal static class ScaleBar
{
    /// <summary>The longest round length that fits in <paramref name="maxPixels"/> at <paramref name="metresPerPixel"/>.</summary>
    public static (double Metres, float Pixels, string Label) Choose(double metresPerPixel, float maxPixels)
    {
        var limit = metresPerPixel * maxPixels;
        var power = Math.Pow(10, Math.Floor(Math.Log10(limit)));
        var metres = new[] { 5, 2, 1 }.Select(m => m * power).First(m => m <= limit);
        var label = metres >= 1000
            ? $"{(metres / 1000).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} km"
            : $"{metres.ToString("0", System.Globalization.CultureInfo.InvariantCulture)} m";
        return (metres, (float)(metres / metresPerPixel), label);
    }

    /// <summary>Draws a two-part bar with its left end at (x, y) and labels above it.</summary>
    public static void Draw(IMapCanvas canvas, float x, float y, double metresPerPixel, float maxPixels)
    {
        var (_, pixels, label) = Choose(metresPerPixel, maxPixels);
        const float height = 6;
        var half = pixels / 2;
        canvas.Rectangle(new SKRect(x, y, x + half, y + height), Palettes.MapColours.Text, Palettes.MapColours.Text);
        canvas.Rectangle(new SKRect(x + half, y, x + pixels, y + height), ScottPlot.Colors.White, Palettes.MapColours.Text);
        canvas.Text("0", x, y - 4, 12, TextAnchor.Middle, halo: true);
        canvas.Text(label, x + pixels, y - 4, 12, TextAnchor.Middle, halo: true);
    }
}
