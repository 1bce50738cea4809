using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace GeoNeeds.Report.Figures;

/// <summary>
/// An SVG file made fit to sit inside the report's HTML: a <c>&lt;title&gt;</c> naming it for screen readers, a
/// viewBox so it scales to the page, and its ids prefixed so two figures' patterns and clip paths cannot collide.
/// </summary>
public static partial class InlineSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <param name="svg">The SVG document as the map and chart writers save it.</param>
    /// <param name="title">What the figure shows, in words.</param>
    /// <param name="id">An id unique in the report, used as the prefix of the figure's own ids.</param>
    public static string Of(string svg, string title, string id)
    {
        var root = XDocument.Parse(svg).Root ?? throw new FormatException("the SVG has no root element");
        foreach (var element in root.DescendantsAndSelf())
        {
            foreach (var attribute in element.Attributes())
            {
                attribute.Value = attribute.Name.LocalName switch
                {
                    "id" => $"{id}-{attribute.Value}",
                    "href" when attribute.Value.StartsWith('#') => $"#{id}-{attribute.Value[1..]}",
                    _ => UrlReference().Replace(attribute.Value, $"url(#{id}-$1)"),
                };
            }
        }

        if (root.Attribute("viewBox") is null && Number(root, "width") is { } width && Number(root, "height") is { } height)
        {
            root.SetAttributeValue("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {width} {height}"));
        }

        root.Elements(Svg + "title").Remove();
        root.AddFirst(new XElement(Svg + "title", new XAttribute("id", id + "-title"), title));
        root.SetAttributeValue("id", id);
        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("aria-labelledby", id + "-title");
        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static double? Number(XElement root, string attribute) =>
        double.TryParse((string?)root.Attribute(attribute), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A paint or clip reference to an id of the same document: <c>url(#x)</c>.</summary>
    [GeneratedRegex(@"url\(#([^)\s]+)\)")]
    private static partial Regex UrlReference();
}
