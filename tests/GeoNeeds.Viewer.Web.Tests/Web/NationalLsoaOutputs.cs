using System.IO.Compression;
using System.Text.Json;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>
/// A one-level output folder of every LSOA in England and Wales (2011 generalised boundaries, 34,753 areas, read
/// from ../shared/data, never copied into the project) with an invented DA incident count and rate per area, as
/// <c>geoneeds assess</c> names its columns: enough for the viewer to class, tile and draw the national level.
/// </summary>
internal static class NationalLsoaOutputs
{
    public const int Areas = 34_753;

    private static readonly string Source = Path.GetFullPath(Path.Combine(
        AppContext.BaseDirectory, "..", "..", "..", "..", "..", "..", "shared", "data", "boundaries", "ew_lsoa11_generalised.geojson.gz"));

    private static readonly Lazy<string> Outputs = new(Write);

    /// <summary>Why the national tests cannot run here, or null when they can.</summary>
    public static string? Unavailable => File.Exists(Source)
        ? null
        : $"{Source} is not here (real ONS boundaries, kept outside the project), so the national viewer timing is skipped.";

    /// <summary>The folder holding <c>lsoa.geojson</c>, written once per test run.</summary>
    public static string Folder => Outputs.Value;

    private static string Write()
    {
        var folder = TestFolder.New();
        using var input = new GZipStream(File.OpenRead(Source), CompressionMode.Decompress);
        using var boundaries = JsonDocument.Parse(input);
        using var output = File.Create(Path.Combine(folder, "lsoa.geojson"));
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var feature in boundaries.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var code = properties.GetProperty("LSOA11CD").GetString()!;
            // An invented count from the code, so the rates spread over every class; the population is a typical LSOA's.
            var count = code.Sum(c => c) % 40;
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteStartObject("properties");
            json.WriteString("area_code", code);
            json.WriteString("area_name", properties.GetProperty("LSOA11NM").GetString());
            json.WriteNumber("population", 1500);
            json.WriteNumber("da_incidents_count", count);
            json.WriteNumber("da_incidents_rate_per_1000", Math.Round(count / 1.5, 2));
            json.WriteNumber("imd_decile", 1 + (code.Sum(c => c * 7) % 10));
            json.WriteEndObject();
            json.WritePropertyName("geometry");
            feature.GetProperty("geometry").WriteTo(json);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        return folder;
    }
}
