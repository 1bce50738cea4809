using System.Xml.Linq;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Report.Reading;
using GeoNeeds.Viewer.Maps;
using GeoNeeds.Viewer.Web;

namespace GeoNeeds.Report.Figures;

/// <summary>
/// The report's maps, drawn by the static map renderer (<see cref="ChoroplethMap"/>) as SVG over a level's
/// published layer, each area in the class the run's <c>&lt;level&gt;_classes.json</c> gives it: the report makes no
/// class break of its own, so its maps and legends are the viewer's and the PNG maps'.
/// </summary>
public sealed class ReportMaps(StudyOutput output)
{
    /// <summary>Area names are printed on maps of at most this many areas, as on the study's own maps.</summary>
    private const int MostLabelledAreas = 40;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private readonly Dictionary<string, AreaLayer?> layers = new(StringComparer.Ordinal);

    /// <summary>The map of <paramref name="field"/> at <paramref name="level"/> as SVG text, or null when the run wrote no layer or classes for it.</summary>
    public string? Choropleth(string level, string field, string title, string legendTitle)
    {
        if (output.Classes(level)?.Layers.FirstOrDefault(l => l.Field == field) is not { } classes || Layer(level) is not { } layer)
        {
            return null;
        }

        return Draw(layer, Shading(classes), title, legendTitle);
    }

    /// <summary>A locator map of <paramref name="level"/> with the area <paramref name="code"/> picked out, or null when the run wrote no layer.</summary>
    public string? Locator(string level, string code, string name)
    {
        if (Layer(level) is not { } layer || !layer.Contains(code))
        {
            return null;
        }

        var shading = new MapShading(
            [new MapClass(name, ScottPlot.Color.FromHex("e66101")), new MapClass("Other areas", ScottPlot.Color.FromHex("f0f0f0"))],
            layer.Areas.ToDictionary(a => a.Code, a => AreaShade.Class(a.Code == code ? 0 : 1)),
            "");
        return Draw(layer, shading, $"Where {name} is", "Area");
    }

    private string Draw(AreaLayer layer, MapShading shading, string title, string legendTitle)
    {
        var attribution = string.Join(" ", output.Summary.Attribution);
        var options = new MapOptions(title, output.Summary.Study, attribution, legendTitle, layer.Count <= MostLabelledAreas, Width: 1100, Height: 800);
        var drawing = ChoroplethMap.Draw(layer, shading, options);
        return layer.Count <= StudyShape.MostDrawnAreas ? drawing.Svg() : Picture(drawing.Png(), options.Width, options.Height);
    }

    /// <summary>
    /// A PNG inside an SVG: tens of thousands of areas as vectors would make a report of tens of megabytes that
    /// browsers and printers struggle with, while the picture at print resolution shows all they can show.
    /// </summary>
    internal static string Picture(byte[] png, int width, int height) =>
        new XElement(
            Svg + "svg",
            new XAttribute("width", width),
            new XAttribute("height", height),
            new XElement(Svg + "image", new XAttribute("width", width), new XAttribute("height", height), new XAttribute("href", $"data:image/png;base64,{Convert.ToBase64String(png)}"))).ToString(SaveOptions.DisableFormatting);

    /// <summary>The classes of one layer as the map renderer takes them: the legend's class rows, then each area's row.</summary>
    internal static MapShading Shading(LayerClasses classes)
    {
        var rows = classes.Legend.Where(r => r.Kind == "class").Select(r => new MapClass(r.Label, ScottPlot.Color.FromHex(r.Colour.TrimStart('#')))).ToList();
        var areas = classes.Areas.ToDictionary(a => a.Key, a => a.Value < rows.Count
            ? AreaShade.Class(a.Value)
            : classes.Legend[a.Value].Kind == "suppressed" ? AreaShade.Suppressed : AreaShade.NoData);
        return new MapShading(rows, areas, classes.Method);
    }

    private AreaLayer? Layer(string level)
    {
        if (!layers.TryGetValue(level, out var layer))
        {
            layer = output.Layer(level) is { } path
                ? BoundaryReader.Read(path, new BoundaryReadOptions { LayerName = level, CodeField = "area_code", NameField = "area_name", CoordinateSystem = CoordinateSystem.Wgs84 })
                : null;
            layers[level] = layer;
        }

        return layer;
    }
}
