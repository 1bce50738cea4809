using System.Text.Json;
using NetTopologySuite.Geometries;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>
/// Finds which feature of a GeoJSON FeatureCollection holds the geometry NetTopologySuite refused (an unclosed
/// ring, a ring of three positions), so the message can name it: the general reader only says that one did.
/// </summary>
internal static class UnbuildableFeature
{
    /// <summary>
    /// The error naming the first feature of <paramref name="json"/> whose geometry cannot be built — its number and,
    /// when it has one, its code (the first property whose name ends in <c>CD</c>, else the first text property) —
    /// or one naming only <paramref name="file"/> when the features cannot be told apart.
    /// </summary>
    public static InputDataException Error(string file, ReadOnlyMemory<byte>? json, ArgumentException refusal)
    {
        if (json is { } text && Find(text) is { } found)
        {
            var label = found.Label is null ? "" : $" ({found.Label})";
            return new InputDataException(file, found.Number, "geometry", $"feature {found.Number}{label} has a geometry that cannot be built: {found.Problem}");
        }

        return new InputDataException(file, $"the file holds a geometry that cannot be built: {refusal.Message}");
    }

    private static (int Number, string? Label, string Problem)? Find(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var number = 0;
            foreach (var feature in features.EnumerateArray())
            {
                number++;
                if (Refusal(feature) is { } problem)
                {
                    return (number, Label(feature), problem);
                }
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Refusal(JsonElement feature)
    {
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("geometry", out var geometry))
        {
            return null;
        }

        try
        {
            geometry.Deserialize<Geometry>(JsonBoundaryFile.Options);
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Label(JsonElement feature)
    {
        if (!feature.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var texts = properties.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToList();
        var code = texts.FirstOrDefault(p => p.Name.EndsWith("CD", StringComparison.OrdinalIgnoreCase));
        return (code.Value.ValueKind == JsonValueKind.String ? code : texts.FirstOrDefault()).Value.GetString();
    }
}
