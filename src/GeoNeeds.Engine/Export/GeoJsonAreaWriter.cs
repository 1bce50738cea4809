using System.Globalization;
using System.Text.Json;
using NetTopologySuite.IO.Converters;

namespace GeoNeeds.Engine.Export;

/// <summary>Writes areas with their results as an RFC 7946 GeoJSON FeatureCollection for web maps and GIS.</summary>
public static class GeoJsonAreaWriter
{
    // EnforceRfc9746 (sic, the library's spelling) orients exterior rings counter-clockwise and holes clockwise.
    private static readonly JsonSerializerOptions GeometryOptions = new()
    {
        Converters =
        {
            new GeoJsonConverterFactory(
                writeGeometryBBox: false, GeoJsonConverterFactory.DefaultIdPropertyName, RingOrientationOption.EnforceRfc9746),
        },
    };

    /// <summary>
    /// Writes <paramref name="features"/> as an RFC 7946 FeatureCollection, atomically (<see cref="AtomicFile"/>):
    /// no <c>crs</c> member (RFC 7946 fixes WGS 84), exterior rings counter-clockwise and holes clockwise
    /// (§3.1.6), coordinates rounded to <paramref name="decimals"/> places, properties in the given order with
    /// numbers as JSON numbers, null, NaN and infinities as <c>null</c>, booleans as booleans and anything
    /// else as the same text <see cref="CsvTableWriter"/> writes; a feature's <c>id</c> (§3.2) when it has one.
    /// </summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="features">The areas; their geometries in WGS 84 longitude/latitude, left unchanged.</param>
    /// <param name="decimals">Decimal places of coordinates, 0 to 15; 6 (about 0.1 m) by default.</param>
    /// <exception cref="ArgumentException">
    /// A coordinate is outside ±180 longitude / ±90 latitude (not WGS 84), or a feature repeats a property name;
    /// an existing file is left as it was.
    /// </exception>
    public static void Write(string path, IEnumerable<AreaFeature> features, int decimals = 6)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 15);

        AtomicFile.Write(path, stream =>
        {
            using var json = new Utf8JsonWriter(stream, JsonProperties.WriterOptions);
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            var number = 0;
            foreach (var feature in features)
            {
                WriteFeature(json, feature, decimals, string.Create(CultureInfo.InvariantCulture, $"Feature {++number} of {Path.GetFileName(path)}"));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteFeature(Utf8JsonWriter json, AreaFeature feature, int decimals, string featureLabel)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        if (feature.Id is { } id)
        {
            json.WriteString("id", id);
        }

        json.WritePropertyName("geometry");
        if (GeoJsonPolygons.CanWrite(feature.Geometry))
        {
            GeoJsonPolygons.Write(json, feature.Geometry, decimals, featureLabel);
        }
        else
        {
            var geometry = feature.Geometry.Copy();
            geometry.Apply(new LonLatRounding(decimals, featureLabel));
            JsonSerializer.Serialize(json, geometry, GeometryOptions);
        }

        JsonProperties.Write(json, feature.Properties, featureLabel);
        json.WriteEndObject();
    }
}
