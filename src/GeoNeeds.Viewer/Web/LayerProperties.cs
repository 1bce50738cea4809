using System.Text.Json;

namespace GeoNeeds.Viewer.Web;

/// <summary>The feature count and property names (in first-seen order) of a GeoJSON FeatureCollection.</summary>
internal sealed record LayerProperties(int Features, IReadOnlyList<string> Names)
{
    /// <exception cref="JsonException">The file is not JSON, or not a FeatureCollection.</exception>
    public static LayerProperties Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        if (!document.RootElement.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("not a GeoJSON FeatureCollection: no \"features\" array");
        }

        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in features.EnumerateArray())
        {
            if (feature.ValueKind == JsonValueKind.Object
                && feature.TryGetProperty("properties", out var properties)
                && properties.ValueKind == JsonValueKind.Object)
            {
                names.AddRange(properties.EnumerateObject().Select(p => p.Name).Where(seen.Add));
            }
        }

        return new LayerProperties(features.GetArrayLength(), names);
    }
}
