using GeoNeeds.Engine.Studies;
using GeoNeeds.Viewer.Studies;

namespace GeoNeeds.Bench.Maps;

/// <summary>The real Coventry LSOA and ward maps of IMD 2019 decile, through the same path as <c>geoneeds assess</c>.</summary>
internal static class CoventryMaps
{
    public static void Draw(string data, string output)
    {
        var study = CoventryStudy.Definition(relative => Path.GetFullPath(Path.Combine(data, relative)));
        var folder = Path.Combine(output, "coventry");
        foreach (var file in StudyGraphics.Draw(Study.Run(study), folder))
        {
            Console.WriteLine($"  wrote {Path.Combine(folder, file)}");
        }
    }
}
