using SkiaSharp;

namespace GeoNeeds.Viewer.Maps;

/// <summary>
/// The typeface of maps: DejaVu Sans (Debian's fonts-dejavu-core), else the system's sans-serif. Text is
/// measured with it for the PNG and the SVG alike, so labels and legends are laid out the same in both.
/// </summary>
internal static class MapFont
{
    /// <summary>The family the SVG names, with fallbacks for viewers without DejaVu.</summary>
    public const string SvgFamily = "'DejaVu Sans', Verdana, Arial, sans-serif";

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Face(SKFontStyle.Normal));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Face(SKFontStyle.Bold));

    public static SKTypeface Typeface(bool bold) => bold ? BoldFace.Value : RegularFace.Value;

    /// <summary>A font of the given pixel size.</summary>
    public static SKFont Font(float size, bool bold = false) => new(Typeface(bold), size) { Subpixel = true, Edging = SKFontEdging.Antialias };

    /// <summary>The advance width of <paramref name="text"/> in pixels.</summary>
    public static float Width(string text, float size, bool bold = false)
    {
        using var font = Font(size, bold);
        return font.MeasureText(text);
    }

    private static SKTypeface Face(SKFontStyle style) =>
        SKTypeface.FromFamilyName("DejaVu Sans", style) is { } face && face.FamilyName.StartsWith("DejaVu Sans", StringComparison.Ordinal)
            ? face
            : SKTypeface.FromFamilyName("sans-serif", style) ?? SKTypeface.Default;
}
