using System.Globalization;
using System.Security;
using System.Text;
using SkiaSharp;

namespace GeoNeeds.Viewer.Maps;

/// <summary>
/// Writes a map as SVG: each area one <c>path</c> whose <c>id</c> is the area's code (with its name as a
/// tooltip title), so a web page can style or link areas; suppressed areas use one shared hatch pattern.
/// </summary>
internal sealed class SvgMapCanvas : IMapCanvas
{
    private const string HatchId = "suppressed-hatch";
    private readonly StringBuilder _body = new();
    private readonly int _width;
    private readonly int _height;
    private ScottPlot.Color _hatchColour = Palettes.MapColours.Suppressed;

    public SvgMapCanvas(int width, int height)
    {
        _width = width;
        _height = height;
    }

    public void Area(string code, string name, IReadOnlyList<SKPoint[]> rings, ScottPlot.Color fill, bool hatched, float outlineWidth)
    {
        _body.Append(CultureInfo.InvariantCulture, $"<path id=\"{Escape(code)}\" class=\"area\" d=\"{PathData(rings)}\" fill-rule=\"evenodd\" fill=\"{Fill(fill, hatched)}\"");
        if (outlineWidth > 0)
        {
            _body.Append(CultureInfo.InvariantCulture, $" stroke=\"{Hex(Palettes.MapColours.Outline)}\" stroke-width=\"{outlineWidth:0.##}\" stroke-linejoin=\"round\"");
        }

        _body.Append("><title>").Append(Escape(name)).Append("</title></path>\n");
    }

    public void Rectangle(SKRect rect, ScottPlot.Color fill, ScottPlot.Color? outline = null, bool hatched = false)
    {
        _body.Append(CultureInfo.InvariantCulture, $"<rect x=\"{rect.Left:0.##}\" y=\"{rect.Top:0.##}\" width=\"{rect.Width:0.##}\" height=\"{rect.Height:0.##}\" fill=\"{Fill(fill, hatched)}\"");
        if (outline is { } colour)
        {
            _body.Append(CultureInfo.InvariantCulture, $" stroke=\"{Hex(colour)}\"");
        }

        _body.Append("/>\n");
    }

    public void Polygon(SKPoint[] points, ScottPlot.Color fill) =>
        _body.Append(CultureInfo.InvariantCulture, $"<path d=\"{PathData([points])}\" fill=\"{Hex(fill)}\"/>\n");

    public void Line(SKPoint from, SKPoint to, ScottPlot.Color colour, float width) =>
        _body.Append(CultureInfo.InvariantCulture, $"<line x1=\"{from.X:0.##}\" y1=\"{from.Y:0.##}\" x2=\"{to.X:0.##}\" y2=\"{to.Y:0.##}\" stroke=\"{Hex(colour)}\" stroke-width=\"{width:0.##}\"/>\n");

    public void Text(string text, float x, float y, float size, TextAnchor anchor = TextAnchor.Start, bool bold = false, bool halo = false)
    {
        var textAnchor = anchor switch
        {
            TextAnchor.Middle => "middle",
            TextAnchor.End => "end",
            _ => "start",
        };
        _body.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.##}\" y=\"{y:0.##}\" font-size=\"{size:0.##}\" text-anchor=\"{textAnchor}\" fill=\"{Hex(Palettes.MapColours.Text)}\"");
        if (bold)
        {
            _body.Append(" font-weight=\"bold\"");
        }

        if (halo)
        {
            _body.Append(CultureInfo.InvariantCulture, $" stroke=\"white\" stroke-width=\"{size / 4:0.##}\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
        }

        _body.Append('>').Append(Escape(text)).Append("</text>\n");
    }

    /// <summary>The whole document.</summary>
    public string Document()
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{_width}\" height=\"{_height}\" viewBox=\"0 0 {_width} {_height}\" font-family=\"{MapFont.SvgFamily}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<defs><pattern id=\"{HatchId}\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"6\" height=\"6\" fill=\"white\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"{Hex(_hatchColour)}\" stroke-width=\"1.5\"/></pattern></defs>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{_width}\" height=\"{_height}\" fill=\"white\"/>\n");
        svg.Append(_body);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private string Fill(ScottPlot.Color fill, bool hatched)
    {
        if (!hatched)
        {
            return Hex(fill);
        }

        _hatchColour = fill;
        return $"url(#{HatchId})";
    }

    private static string PathData(IReadOnlyList<SKPoint[]> rings)
    {
        var data = new StringBuilder();
        foreach (var ring in rings)
        {
            for (var i = 0; i < ring.Length; i++)
            {
                data.Append(i == 0 ? 'M' : 'L').Append(ring[i].X.ToString("0.#", CultureInfo.InvariantCulture))
                    .Append(' ').Append(ring[i].Y.ToString("0.#", CultureInfo.InvariantCulture));
            }

            data.Append('Z');
        }

        return data.ToString();
    }

    private static string Hex(ScottPlot.Color colour) => $"#{colour.R:x2}{colour.G:x2}{colour.B:x2}";

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";
}
