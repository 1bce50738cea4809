using System.Text.Json;

namespace GeoNeeds.Viewer.Tests;

/// <summary>
/// Small hand-made output folders: GeoJSON layers of unit squares with invented codes and chosen properties,
/// written as <c>geoneeds assess</c> writes them, for the cases the demo does not show (broken files, links).
/// </summary>
internal static class OutputFixture
{
    /// <summary>A layer of one square per property set, each with area_code X00000001, X00000002...</summary>
    public static string Layer(params Dictionary<string, object?>[] properties)
    {
        var features = properties.Select((p, i) => new
        {
            type = "Feature",
            properties = new Dictionary<string, object?> { ["area_code"] = $"X{i + 1:D8}", ["area_name"] = $"Area {i + 1}" }
                .Concat(p).ToDictionary(),
            geometry = new { type = "Polygon", coordinates = new[] { Square(i) } },
        });
        return JsonSerializer.Serialize(new { type = "FeatureCollection", features });
    }

    /// <summary>A folder holding the given files (name → text).</summary>
    public static string Folder(params (string Name, string Text)[] files)
    {
        var folder = TestFolder.New();
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return folder;
    }

    /// <summary>A folder with one ward layer carrying a DA rate and its companions.</summary>
    public static string WardFolder() => Folder(("ward.geojson", Layer(
        new() { ["da_incidents_count"] = 12, ["da_incidents_rate_per_1000"] = 6.0, ["da_incidents_lower_95"] = 3.1, ["da_incidents_upper_95"] = 10.5 },
        new() { ["da_incidents_count"] = null, ["da_incidents_rate_per_1000"] = null, ["da_incidents_method"] = "suppressed" })));

    private static double[][] Square(int i)
    {
        var x = -1.5 + (0.01 * i);
        double[][] ring = [[x, 52.4], [x + 0.01, 52.4], [x + 0.01, 52.41], [x, 52.41], [x, 52.4]];
        return ring.Select(p => p.Select(v => Math.Round(v, 6)).ToArray()).ToArray();
    }
}
