using System.Globalization;
using System.Text.Json;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Io.Deprivation;
using GeoNeeds.Viewer.Maps;

namespace GeoNeeds.Viewer.Web;

/// <summary>
/// Classes a level's layers from its GeoJSON values with the static maps' own shading (<see cref="LayerShading"/>,
/// <see cref="MapShading.ByCluster"/>) and legend (<see cref="MapLegend.EntriesOf"/>), so paper and screen agree.
/// </summary>
internal static class LevelClassesBuilder
{
    /// <exception cref="JsonException">The layer is not a GeoJSON FeatureCollection.</exception>
    /// <param name="deprivation">The index of the run's deciles, named in the decile legend as the static maps name it.</param>
    public static LevelClasses Build(LevelEntry level, string geoJsonPath, DeprivationIndex deprivation)
    {
        var features = LayerProperties.OfEachFeature(geoJsonPath);
        var codes = features.Select(Code).ToList();
        return new LevelClasses(level.Name, [.. level.Indicators.Select(indicator => Classes(indicator, Shading(indicator, features, deprivation), codes))]);
    }

    private static MapShading Shading(IndicatorEntry indicator, IReadOnlyList<JsonElement> features, DeprivationIndex deprivation) => indicator.Kind switch
    {
        HotSpotDiscovery.Kind => MapShading.ByCluster(indicator.Clusters ?? new Dictionary<string, string>()),
        "rate" when indicator.Values is { } periods => LayerShading.Rate(periods.ToDictionary(p => p.Key, p => new MapValue(p.Value.Rate, p.Value.Suppressed), StringComparer.Ordinal)),
        "rate" => LayerShading.Rate(ByCode(features, f => new MapValue(Number(f, indicator.Field), Suppressed(f, indicator)))),
        _ => LayerShading.Deprivation(ByCode(features, f => Number(f, indicator.Field)), indicator.Field, deprivation),
    };

    private static LayerClasses Classes(IndicatorEntry indicator, MapShading shading, IReadOnlyList<string> codes)
    {
        var entries = MapLegend.EntriesOf(shading, codes);
        var classes = shading.Classes.Count;
        var suppressedRow = classes;
        var missingRow = classes + (entries.Count > classes && entries[classes].Hatched ? 1 : 0);
        var legend = entries.Select((e, i) => new LegendRow(e.Label, Hex(e.Fill), e.Count, i < classes ? "class" : e.Hatched ? "suppressed" : "missing"));
        var areas = codes.Distinct().ToDictionary(code => code, code => shading.Areas.GetValueOrDefault(code, AreaShade.NoData) switch
        {
            { Kind: AreaShadeKind.Classified } shade => shade.ClassIndex,
            { Kind: AreaShadeKind.Suppressed } => suppressedRow,
            _ => missingRow,
        });
        return new LayerClasses(indicator.Field, indicator.Kind, shading.Method, shading.Breaks?.Bounds ?? [], [.. legend], areas);
    }

    /// <summary>A rate left empty because its count was suppressed, as the engine marks it in the method (or, in older layers, the count) property.</summary>
    private static bool Suppressed(JsonElement properties, IndicatorEntry indicator) =>
        Number(properties, indicator.Field) is null
        && (indicator.Method is { } method
            ? properties.TryGetProperty(method, out var text) && text.ValueKind == JsonValueKind.String && text.GetString() == IndicatorColumnNames.SuppressedMethod
            : indicator.Count is { } count && properties.TryGetProperty(count, out var value) && value.ValueKind == JsonValueKind.Null);

    private static Dictionary<string, T> ByCode<T>(IReadOnlyList<JsonElement> features, Func<JsonElement, T> value)
    {
        var byCode = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            byCode.TryAdd(Code(feature), value(feature));
        }

        return byCode;
    }

    private static double? Number(JsonElement properties, string field) =>
        properties.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static string Code(JsonElement properties) => LayerProperties.Text(properties, Tables.AssessColumns.Code) ?? "";

    private static string Hex(ScottPlot.Color colour) => string.Create(CultureInfo.InvariantCulture, $"#{colour.R:x2}{colour.G:x2}{colour.B:x2}");
}
