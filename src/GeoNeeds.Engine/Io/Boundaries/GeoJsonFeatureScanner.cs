using System.Text.Json;
using NetTopologySuite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;

namespace GeoNeeds.Engine.Io.Boundaries;

/// <summary>
/// Reads the usual boundary file — a GeoJSON FeatureCollection of Polygon and MultiPolygon features with
/// two-dimensional positions — in two passes over its bytes: one thread finds where each feature starts and
/// ends, then both cores build the features. A national LSOA file reads in about a third of the time the
/// general GeoJSON reader takes.
/// </summary>
/// <remarks>
/// Anything else — a Topology, another geometry type, a third ordinate, an unclosed ring, a member spelled in
/// another case, broken JSON — makes <see cref="TryRead"/> return <c>null</c>, and the caller reads the file with
/// the general reader, which reports problems with their line. Features are built as that reader builds them
/// (the same factory; properties as <see cref="JsonElementAttributesTable"/>), so areas come out the same.
/// </remarks>
internal static class GeoJsonFeatureScanner
{
    private static readonly GeometryFactory Factory = NtsGeometryServices.Instance.CreateGeometryFactory(4326);

    // One growing buffer of ordinates per thread, so reading a ring does not regrow a list feature after feature.
    [ThreadStatic]
    private static List<double>? _ring;

    /// <summary>The features of the FeatureCollection in <paramref name="json"/>, or <c>null</c> when this reader does not handle it.</summary>
    public static BoundarySource? TryRead(string file, ReadOnlyMemory<byte> json)
    {
        try
        {
            if (!TryFindFeatures(file, json.Span, out var slices, out var crs))
            {
                return null;
            }

            var features = new IFeature?[slices.Count];
            var unhandled = 0;
            Parallel.For(0, slices.Count, (i, state) =>
            {
                features[i] = TryReadFeature(json.Span.Slice(slices[i].Start, slices[i].Length));
                if (features[i] is null)
                {
                    Interlocked.Exchange(ref unhandled, 1);
                    state.Stop();
                }
            });
            return unhandled == 0 ? new BoundarySource(features!, crs) : null;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The first pass: the type, the crs, and each feature's place in the bytes.</summary>
    private static bool TryFindFeatures(string file, ReadOnlySpan<byte> json,
        out List<(int Start, int Length)> slices, out Geo.CoordinateSystem? crs)
    {
        slices = [];
        crs = null;
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var (collection, featuresSeen) = (false, false);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "type":
                    collection = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("FeatureCollection"u8);
                    break;
                case "crs":
                    crs = JsonSerializer.Deserialize<LegacyCrs>(ref reader, JsonBoundaryFile.Options)?.ToCoordinateSystem(file);
                    break;
                case "features" when !featuresSeen && reader.TokenType == JsonTokenType.StartArray:
                    featuresSeen = true;
                    if (collection && FeatureArraySlices.TryFindLastMember(json, (int)reader.BytesConsumed, slices))
                    {
                        return slices.Count > 0;
                    }

                    slices.Clear();
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    {
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        slices.Add((start, (int)reader.BytesConsumed - start));
                    }

                    if (reader.TokenType != JsonTokenType.EndArray)
                    {
                        return false;
                    }

                    break;
                case var other when IsKnown(other, "type", "crs", "features"):
                    return false;
                default:
                    reader.Skip();
                    break;
            }
        }

        return collection && slices.Count > 0 && reader.TokenType == JsonTokenType.EndObject && !reader.Read();
    }

    /// <summary>A member GeoNeeds reads spelled another way, or repeated, which the general reader must judge.</summary>
    private static bool IsKnown(string name, params string[] known) => known.Any(k => string.Equals(name, k, StringComparison.OrdinalIgnoreCase));

    private static Feature? TryReadFeature(ReadOnlySpan<byte> json)
    {
        try
        {
            return ReadFeature(json);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private static Feature? ReadFeature(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        (bool Type, IAttributesTable? Properties, Geometry? Geometry) found = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "type":
                    found.Type = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("Feature"u8);
                    break;
                case "properties" when reader.TokenType == JsonTokenType.StartObject:
                    found.Properties = new JsonElementAttributesTable(JsonElement.ParseValue(ref reader));
                    break;
                case "geometry" when reader.TokenType == JsonTokenType.StartObject:
                    found.Geometry = ReadGeometry(ref reader);
                    break;
                case "id" or "bbox":
                    reader.Skip();
                    break;
                default:
                    return null;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject && found is { Type: true, Properties: { } properties, Geometry: { } geometry } ? new Feature(geometry, properties) : null;
    }

    private static Geometry? ReadGeometry(ref Utf8JsonReader reader)
    {
        string? type = null;
        List<Polygon>? polygons = null;
        var depth = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "type" when reader.TokenType == JsonTokenType.String:
                    type = reader.GetString();
                    break;
                case "coordinates" when reader.TokenType == JsonTokenType.StartArray:
                    (polygons, depth) = ReadPolygons(ref reader);
                    break;
                case "bbox":
                    reader.Skip();
                    break;
                default:
                    return null;
            }
        }

        return (type, polygons, depth) switch
        {
            (_, null, _) => null,
            ("Polygon", [var polygon], 3) => polygon,
            ("MultiPolygon", { Count: > 0 }, 4) => Factory.CreateMultiPolygon([.. polygons]),
            _ => null,
        };
    }

    /// <summary>
    /// Reads a Polygon's rings (depth 3: rings of positions) or a MultiPolygon's polygons (depth 4), whichever
    /// the nesting shows; the geometry's <c>type</c> may come after its coordinates, so it is checked afterwards.
    /// </summary>
    private static (List<Polygon>? Polygons, int Depth) ReadPolygons(ref Utf8JsonReader reader)
    {
        var ring = _ring ??= new List<double>(8192);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return (null, 0);
        }

        if (PeekIsNumber(ref reader))
        {
            var rings = ReadRingsFromOpenRing(ref reader, ring);
            return rings is null ? (null, 0) : ([Polygon(rings)], 3);
        }

        var polygons = new List<Polygon>();
        while (reader.TokenType == JsonTokenType.StartArray)
        {
            var rings = reader.Read() && reader.TokenType == JsonTokenType.StartArray ? ReadRingsFromOpenRing(ref reader, ring) : null;
            if (rings is null)
            {
                return (null, 0);
            }

            polygons.Add(Polygon(rings));
            reader.Read();
        }

        return reader.TokenType == JsonTokenType.EndArray ? (polygons, 4) : (null, 0);
    }

    private static Polygon Polygon(List<LinearRing> rings) => Factory.CreatePolygon(rings[0], [.. rings.Skip(1)]);

    /// <summary>True when the reader, standing on a ring's opening bracket, sees a position there (so this is a ring of positions).</summary>
    private static bool PeekIsNumber(ref Utf8JsonReader reader)
    {
        var copy = reader;
        return copy.Read() && copy.TokenType == JsonTokenType.StartArray && copy.Read() && copy.TokenType == JsonTokenType.Number;
    }

    /// <summary>Reads rings from the first ring's opening bracket to the closing bracket of the polygon.</summary>
    private static List<LinearRing>? ReadRingsFromOpenRing(ref Utf8JsonReader reader, List<double> ring)
    {
        var rings = new List<LinearRing>();
        while (reader.TokenType == JsonTokenType.StartArray)
        {
            ring.Clear();
            while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
            {
                if (!TryReadNumber(ref reader, out var x) || !TryReadNumber(ref reader, out var y)
                    || !reader.Read() || reader.TokenType != JsonTokenType.EndArray)
                {
                    return null;
                }

                ring.Add(x);
                ring.Add(y);
            }

            if (reader.TokenType != JsonTokenType.EndArray || ring.Count < 8 || ring[0] != ring[^2] || ring[1] != ring[^1])
            {
                return null;
            }

            // Ordinates packed two by two: a ring is two objects rather than one per position.
            rings.Add(Factory.CreateLinearRing(new PackedDoubleCoordinateSequence([.. ring], 2, 0)));
            reader.Read();
        }

        return reader.TokenType == JsonTokenType.EndArray && rings.Count > 0 ? rings : null;
    }

    private static bool TryReadNumber(ref Utf8JsonReader reader, out double value)
    {
        value = 0;
        return reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out value);
    }
}
