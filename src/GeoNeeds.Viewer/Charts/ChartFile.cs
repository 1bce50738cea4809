using GeoNeeds.Engine.Export;
using ScottPlot;

namespace GeoNeeds.Viewer.Charts;

/// <summary>Saves a chart as PNG or SVG (by the file's extension), atomically.</summary>
public static class ChartFile
{
    public static void Save(Plot plot, string path, int width = 1200, int height = 800)
    {
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            AtomicFile.WriteAllText(path, plot.GetSvgXml(width, height));
        }
        else
        {
            var png = plot.GetImageBytes(width, height, ImageFormat.Png);
            AtomicFile.Write(path, stream => stream.Write(png));
        }
    }
}
