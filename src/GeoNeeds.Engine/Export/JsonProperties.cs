using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GeoNeeds.Engine.Export;

/// <summary>A feature's <c>properties</c> object as the GeoJSON and TopoJSON writers both write it.</summary>
internal static class JsonProperties
{
    /// <summary>Names such as "Ynys Môn" stay readable UTF-8 rather than \u escapes; the files are data, not HTML.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes <c>"properties": {…}</c> in the given order: numbers as JSON numbers, null, NaN and infinities as
    /// <c>null</c>, booleans as booleans and anything else as the text <see cref="CsvTableWriter"/> writes.
    /// </summary>
    /// <exception cref="ArgumentException">A property name repeats.</exception>
    public static void Write(Utf8JsonWriter json, IReadOnlyList<KeyValuePair<string, object?>> properties, string featureLabel)
    {
        json.WriteStartObject("properties");
        var names = new HashSet<string>(properties.Count, StringComparer.Ordinal);
        foreach (var (name, value) in properties)
        {
            if (!names.Add(name))
            {
                throw new ArgumentException($"{featureLabel} has more than one property called '{name}'.");
            }

            json.WritePropertyName(name);
            WriteValue(json, value);
        }

        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case double number when double.IsFinite(number):
                json.WriteNumberValue(number);
                break;
            case float number when float.IsFinite(number):
                json.WriteNumberValue(number);
                break;
            case null or double or float:
                json.WriteNullValue();
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case ulong number:
                json.WriteNumberValue(number);
                break;
            case byte or sbyte or short or ushort or int or uint or long:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteStringValue(ValueText.Format(value));
                break;
        }
    }
}
