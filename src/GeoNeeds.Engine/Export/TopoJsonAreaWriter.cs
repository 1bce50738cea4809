using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace GeoNeeds.Engine.Export;

/// <summary>
/// Writes areas with their results as a TopoJSON Topology (specification 1.0, Bostock 2013): boundaries shared
/// by neighbouring areas stored once as arcs, positions quantized and delta-encoded, for web maps (d3,
/// topojson-client, Mapshaper) and GDAL.
/// </summary>
public static class TopoJsonAreaWriter
{
    /// <summary>
    /// Writes <paramref name="features"/> as one GeometryCollection object called <paramref name="objectName"/>,
    /// atomically (<see cref="AtomicFile"/>): each area a Polygon or MultiPolygon with the area code as its
    /// <c>id</c> and its properties as the GeoJSON writer writes them; exterior rings counter-clockwise and holes
    /// clockwise, as in the GeoJSON; positions on a grid of 10<sup>−<paramref name="decimals"/></sup> degrees (the
    /// <c>transform</c>), so a position decodes to the same rounded longitude and latitude the GeoJSON holds. A
    /// ring that rounding reduces to fewer than four positions is left out, and a polygon with it.
    /// </summary>
    /// <exception cref="ArgumentException">A coordinate is not WGS 84 longitude/latitude or a feature repeats a property name; no file is written.</exception>
    public static void Write(string path, string objectName, IReadOnlyList<AreaFeature> features, int decimals = 6)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 9);
        var grid = Math.Pow(10, decimals);
        var polygons = features.Select((f, i) => Polygons(f.Geometry, grid, string.Create(CultureInfo.InvariantCulture, $"Feature {i + 1} of {Path.GetFileName(path)}"))).ToList();
        var points = polygons.SelectMany(p => p).SelectMany(p => p).SelectMany(r => r).ToList();
        var origin = points.Count == 0 ? (X: 0L, Y: 0L) : (X: points.Min(p => p.X), Y: points.Min(p => p.Y));
        var arcs = new SharedArcs();
        foreach (var ring in polygons.SelectMany(p => p).SelectMany(p => p))
        {
            arcs.Add(ring);
        }

        var cut = polygons.Select(feature => feature.Select(polygon => polygon.Select(arcs.Cut).ToList()).ToList()).ToList();
        AtomicFile.Write(path, stream =>
        {
            using var json = new Utf8JsonWriter(stream, JsonProperties.WriterOptions);
            json.WriteStartObject();
            json.WriteString("type", "Topology");
            json.WriteStartObject("transform");
            WritePair(json, "scale", 1 / grid, 1 / grid);
            WritePair(json, "translate", origin.X / grid, origin.Y / grid);
            json.WriteEndObject();
            json.WriteStartObject("objects");
            json.WriteStartObject(objectName);
            json.WriteString("type", "GeometryCollection");
            json.WriteStartArray("geometries");
            for (var f = 0; f < features.Count; f++)
            {
                WriteGeometry(json, features[f], cut[f], string.Create(CultureInfo.InvariantCulture, $"Feature {f + 1} of {Path.GetFileName(path)}"));
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("arcs");
            foreach (var arc in arcs.Arcs)
            {
                WriteArc(json, arc, origin);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteGeometry(Utf8JsonWriter json, AreaFeature feature, List<List<List<int>>> polygons, string featureLabel)
    {
        json.WriteStartObject();
        if (polygons.Count == 0)
        {
            json.WriteNull("type");
        }
        else
        {
            json.WriteString("type", polygons.Count == 1 ? "Polygon" : "MultiPolygon");
        }

        if (feature.Id is { } id)
        {
            json.WriteString("id", id);
        }

        if (polygons.Count > 0)
        {
            json.WritePropertyName("arcs");
            JsonSerializer.Serialize(json, polygons.Count == 1 ? polygons[0] : (object)polygons);
        }

        JsonProperties.Write(json, feature.Properties, featureLabel);
        json.WriteEndObject();
    }

    /// <summary>The first position relative to the grid's origin, each later one relative to the one before (§2.2).</summary>
    private static void WriteArc(Utf8JsonWriter json, (long X, long Y)[] arc, (long X, long Y) origin)
    {
        json.WriteStartArray();
        var previous = origin;
        foreach (var point in arc)
        {
            json.WriteStartArray();
            json.WriteNumberValue(point.X - previous.X);
            json.WriteNumberValue(point.Y - previous.Y);
            json.WriteEndArray();
            previous = point;
        }

        json.WriteEndArray();
    }

    private static void WritePair(Utf8JsonWriter json, string name, double x, double y)
    {
        json.WriteStartArray(name);
        json.WriteNumberValue(x);
        json.WriteNumberValue(y);
        json.WriteEndArray();
    }

    /// <summary>The area's polygons as rings of grid points, oriented as RFC 7946 orients GeoJSON, repeated points dropped.</summary>
    private static List<List<List<(long X, long Y)>>> Polygons(Geometry geometry, double grid, string featureLabel)
    {
        var rounded = geometry.Copy();
        rounded.Apply(new LonLatRounding(15, featureLabel));
        return [.. Enumerable.Range(0, rounded.NumGeometries)
            .Select(i => rounded.GetGeometryN(i))
            .OfType<Polygon>()
            .Select(p => (Shell: Ring(p.Shell, true, grid), Holes: p.Holes.Select(h => Ring(h, false, grid)).Where(r => r.Count >= 4)))
            .Where(p => p.Shell.Count >= 4)
            .Select(p => p.Holes.Prepend(p.Shell).ToList())];
    }

    private static List<(long X, long Y)> Ring(LinearRing ring, bool exterior, double grid)
    {
        var sequence = ring.CoordinateSequence;
        var points = new List<(long X, long Y)>(sequence.Count);
        for (var i = 0; i < sequence.Count; i++)
        {
            var point = ((long)Math.Round(sequence.GetX(i) * grid, MidpointRounding.AwayFromZero), (long)Math.Round(sequence.GetY(i) * grid, MidpointRounding.AwayFromZero));
            if (points.Count == 0 || points[^1] != point)
            {
                points.Add(point);
            }
        }

        if (Orientation.IsCCW(sequence) != exterior)
        {
            points.Reverse();
        }

        return points;
    }
}
