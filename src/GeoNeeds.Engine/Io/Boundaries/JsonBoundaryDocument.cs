using System.Text.Json;
using GeoNeeds.Engine.Geo;
using NetTopologySuite.Features;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>
/// The members GeoNeeds reads from a JSON boundary file, which is either a GeoJSON FeatureCollection
/// (<see cref="Features"/>) or a TopoJSON Topology (<see cref="Objects"/>, <see cref="Arcs"/>,
/// <see cref="Transform"/>). One class for both lets the file be read in a single pass whatever order its
/// members come in, and <see cref="Type"/> then says which it was.
/// </summary>
internal sealed class JsonBoundaryDocument
{
    public string? Type { get; set; }

    public LegacyCrs? Crs { get; set; }

    public List<IFeature?>? Features { get; set; }

    public Dictionary<string, TopologyObject>? Objects { get; set; }

    public List<TopologyArc>? Arcs { get; set; }

    public TopologyTransform? Transform { get; set; }
}

/// <summary>
/// The <c>crs</c> member of GeoJSON 2008 (dropped by RFC 7946 but still written by many tools):
/// <c>{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}}</c>, or the older
/// <c>{"type":"EPSG","properties":{"code":27700}}</c>.
/// </summary>
internal sealed class LegacyCrs
{
    public string? Type { get; set; }

    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>The coordinate system named, or <c>null</c> when the member names none.</summary>
    /// <exception cref="InputDataException">The member names a coordinate system GeoNeeds does not read.</exception>
    public CoordinateSystem? ToCoordinateSystem(string file)
    {
        var key = string.Equals(Type, "EPSG", StringComparison.OrdinalIgnoreCase) ? "code" : "name";
        if (Properties is null || !Properties.TryGetValue(key, out var value) || value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? Unescaped(value) : value.GetRawText();
        try
        {
            return CoordinateSystem.Parse(text);
        }
        catch (ArgumentException e)
        {
            throw new InputDataException(file, $"the crs member names a coordinate system GeoNeeds does not read. {e.Message}");
        }
    }

    // An escaped half of a UTF-16 surrogate pair (\ud806 alone) is valid JSON but no text; the name is then shown as written.
    private static string Unescaped(JsonElement value)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return value.GetRawText();
        }
    }
}

/// <summary>One TopoJSON geometry object: a Polygon, MultiPolygon or GeometryCollection of further objects.</summary>
internal sealed class TopologyObject
{
    public string? Type { get; set; }

    /// <summary>Arc indexes: one array per ring of a Polygon, one array of rings per polygon of a MultiPolygon.</summary>
    public JsonElement Arcs { get; set; }

    public List<TopologyObject>? Geometries { get; set; }

    public JsonElement Properties { get; set; }

    public LegacyCrs? Crs { get; set; }
}
