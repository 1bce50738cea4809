using System.Text.Json;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;

namespace GeoNeeds.Engine.Export;

/// <summary>
/// Writes a polygon or multipolygon as a GeoJSON geometry object straight from its coordinates, rounding each as it
/// goes: the same text NetTopologySuite's converter writes for a rounded copy with RFC 7946 ring orientation, without
/// the copy or the serializer, which took most of a national map's writing time.
/// </summary>
internal static class GeoJsonPolygons
{
    /// <summary>Whether <see cref="Write"/> takes the geometry (a non-empty polygon or multipolygon, as area boundaries are).</summary>
    public static bool CanWrite(Geometry geometry) => geometry is Polygon or MultiPolygon && !geometry.IsEmpty;

    /// <summary>
    /// Writes <c>{"type": …, "coordinates": …}</c>: coordinates rounded to <paramref name="decimals"/> places, each
    /// exterior ring counter-clockwise and each hole clockwise (RFC 7946 §3.1.6), judged on the rounded ring.
    /// </summary>
    /// <exception cref="ArgumentException">A coordinate is not a WGS 84 longitude/latitude.</exception>
    public static void Write(Utf8JsonWriter json, Geometry geometry, int decimals, string featureLabel)
    {
        json.WriteStartObject();
        json.WriteString("type", geometry is Polygon ? "Polygon" : "MultiPolygon");
        json.WritePropertyName("coordinates");
        if (geometry is Polygon polygon)
        {
            WritePolygon(json, polygon, decimals, featureLabel);
        }
        else
        {
            json.WriteStartArray();
            for (var i = 0; i < geometry.NumGeometries; i++)
            {
                WritePolygon(json, (Polygon)geometry.GetGeometryN(i), decimals, featureLabel);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WritePolygon(Utf8JsonWriter json, Polygon polygon, int decimals, string featureLabel)
    {
        json.WriteStartArray();
        WriteRing(json, polygon.ExteriorRing.CoordinateSequence, counterClockwise: true, decimals, featureLabel);
        for (var i = 0; i < polygon.NumInteriorRings; i++)
        {
            WriteRing(json, polygon.GetInteriorRingN(i).CoordinateSequence, counterClockwise: false, decimals, featureLabel);
        }

        json.WriteEndArray();
    }

    private static void WriteRing(Utf8JsonWriter json, CoordinateSequence ring, bool counterClockwise, int decimals, string featureLabel)
    {
        var rounded = new double[ring.Count * 2];
        for (var i = 0; i < ring.Count; i++)
        {
            (rounded[2 * i], rounded[(2 * i) + 1]) = LonLatRounding.Round(ring.GetX(i), ring.GetY(i), decimals, featureLabel);
        }

        var reversed = Orientation.IsCCW(new PackedDoubleCoordinateSequence(rounded, 2, 0)) != counterClockwise;
        Span<byte> text = stackalloc byte[32];
        json.WriteStartArray();
        for (var n = 0; n < ring.Count; n++)
        {
            var i = reversed ? ring.Count - 1 - n : n;
            json.WriteStartArray();
            WriteNumber(json, rounded[2 * i], decimals, text);
            WriteNumber(json, rounded[(2 * i) + 1], decimals, text);
            if (ring.HasZ && ring.GetZ(i) is var z && !double.IsNaN(z))
            {
                json.WriteNumberValue(z);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter json, double value, int decimals, Span<byte> text)
    {
        if (RoundedCoordinateText.TryWrite(value, decimals, text, out var length))
        {
            json.WriteRawValue(text[..length], skipInputValidation: true);
        }
        else
        {
            json.WriteNumberValue(value);
        }
    }
}
