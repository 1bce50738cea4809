using GeoNeeds.Engine.Export;
using ScottPlot;

namespace GeoNeeds.Viewer.Charts;

/// <summary>Saves a chart as PNG or SVG (by the file's extension), atomically.</summary>
public static class ChartFile
{
    /// <summary>The print resolution a PNG states: a 1200-pixel chart prints 8 inches wide.</summary>
    public const double Dpi = 150;

    public static void Save(Plot plot, string path, int width = 1200, int height = 800)
    {
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            AtomicFile.WriteAllText(path, plot.GetSvgXml(width, height));
        }
        else
        {
            var png = PngDensity.WithDpi(plot.GetImageBytes(width, height, ImageFormat.Png), Dpi);
            AtomicFile.Write(path, stream => stream.Write(png));
        }
    }

    /// <summary>Saves the chart as a PNG at <paramref name="path"/> and as an SVG beside it, for print; returns both paths.</summary>
    public static IReadOnlyList<string> SavePngAndSvg(Plot plot, string path, int width = 1200, int height = 800)
    {
        var svg = Path.ChangeExtension(path, ".svg");
        Save(plot, path, width, height);
        Save(plot, svg, width, height);
        return [path, svg];
    }
}
