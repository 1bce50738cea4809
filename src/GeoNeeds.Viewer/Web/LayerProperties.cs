using System.Text.Json;

namespace GeoNeeds.Viewer.Web;

/// <summary>The feature count and property names (in first-seen order) of a GeoJSON FeatureCollection.</summary>
internal sealed record LayerProperties(int Features, IReadOnlyList<string> Names)
{
    /// <exception cref="JsonException">The file is not JSON, or not a FeatureCollection.</exception>
    public static LayerProperties Read(string path)
    {
        var features = OfEachFeature(path);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = features.SelectMany(properties => properties.EnumerateObject().Select(p => p.Name).Where(seen.Add)).ToList();
        return new LayerProperties(features.Count, names);
    }

    /// <summary>The properties object of every feature, in file order (an empty object where a feature has none).</summary>
    /// <exception cref="JsonException">The file is not JSON, or not a FeatureCollection.</exception>
    public static IReadOnlyList<JsonElement> OfEachFeature(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        if (!document.RootElement.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("not a GeoJSON FeatureCollection: no \"features\" array");
        }

        using var empty = JsonDocument.Parse("{}");
        return [.. features.EnumerateArray().Select(feature =>
            feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
                ? properties.Clone()
                : empty.RootElement.Clone())];
    }

    /// <summary>A feature's property as text: a string as it is, any other value as the file writes it; null when absent or null.</summary>
    public static string? Text(JsonElement properties, string name) =>
        properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;
}
