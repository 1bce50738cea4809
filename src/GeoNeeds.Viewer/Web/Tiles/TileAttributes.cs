using System.Text.Json;
using NetTopologySuite.Features;

namespace GeoNeeds.Viewer.Web.Tiles;

/// <summary>
/// What a tile says of each area: its feature id, code and name, the published values of the level's indicators
/// (their value, count, limits and method properties, copied from the layer; a suppressed value stays empty) and,
/// for each map layer, its legend row as <c>class:FIELD</c>, which the page colours by. Tiles zoomed out below
/// <see cref="DetailZoom"/> carry only the id and rows (<see cref="Outline"/>): there a national tile holds
/// thousands of areas, and the page reads their names and values from its area table.
/// </summary>
internal static class TileAttributes
{
    public const string IdName = "id";

    /// <summary>The feature id of the area at <paramref name="index"/> in the layer: one more, since an id of 0 is not written to a tile.</summary>
    public static ulong IdOf(int index) => (ulong)index + 1;

    /// <summary>The first zoom whose tiles carry names and values (a town fills the screen).</summary>
    public const int DetailZoom = 8;

    /// <summary>The tile property holding an area's legend row in the layer shading <paramref name="field"/>.</summary>
    public static string ClassOf(string field) => $"class:{field}";

    public static AttributesTable Of(int index, JsonElement properties, LevelEntry level, LevelClasses classes)
    {
        var table = new AttributesTable { { IdName, IdOf(index) } };
        var published = level.Indicators
            .SelectMany(i => new[] { i.Field, i.Count, i.Lower95, i.Upper95, i.Method })
            .OfType<string>()
            .Prepend("area_name")
            .Prepend("area_code")
            .Distinct(StringComparer.Ordinal);
        foreach (var name in published)
        {
            if (properties.TryGetProperty(name, out var value) && Value(value) is { } tileValue)
            {
                table.Add(name, tileValue);
            }
        }

        if (properties.TryGetProperty("area_code", out var code) && code.ValueKind == JsonValueKind.String)
        {
            foreach (var layer in classes.Layers)
            {
                if (layer.Areas.TryGetValue(code.GetString()!, out var row))
                {
                    table.Add(ClassOf(layer.Field), row);
                }
            }
        }

        return table;
    }

    /// <summary>The id and legend rows of <paramref name="full"/>, for tiles below <see cref="DetailZoom"/>.</summary>
    public static AttributesTable Outline(AttributesTable full)
    {
        var table = new AttributesTable();
        foreach (var name in full.GetNames().Where(n => n is IdName || n.StartsWith("class:", StringComparison.Ordinal)))
        {
            table.Add(name, full[name]);
        }

        return table;
    }

    private static object? Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
