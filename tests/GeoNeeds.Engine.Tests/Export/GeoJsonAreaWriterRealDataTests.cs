using System.Diagnostics;
using System.Text.Json;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Tests.Stats;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace GeoNeeds.Engine.Tests.Export;

public class GeoJsonAreaWriterRealDataTests
{
    [SkippableFact]
    public void Write_CoventryLsoas_RoundTripsAllAreasCounterClockwiseWithTheSameTotalArea()
    {
        // Source: 195 Coventry LSOA 2011 polygons (194 Polygon + 1 MultiPolygon, 196 exterior rings, all stored
        // clockwise, no holes; 7,136 vertices), with a legacy crs member. Counted with a stand-alone Python
        // json script, which also gave the total shoelace area 0.013034124682882009 square degrees. Rounding
        // to 6 decimals moves each vertex by at most 0.5e-6° (measured change of the total: -2.6e-7 relative),
        // so a relative tolerance of 1e-6 allows rounding but not a lost, doubled or reversed ring.
        var source = SharedData.Require("boundaries/lsoa11_E08000026.geojson");
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        var collection = JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(source), options)!;
        var features = collection.Select(f => new AreaFeature(f.Geometry, [Property(f, "LSOA11CD"), Property(f, "LSOA11NM")])).ToList();
        var path = Path.Combine(TestFiles.NewFolder(), "coventry_lsoa.geojson");

        var clock = Stopwatch.StartNew();
        GeoJsonAreaWriter.Write(path, features);
        clock.Stop();

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var written = document.RootElement.GetProperty("features").EnumerateArray().ToList();
        var exteriors = written.SelectMany(f => Polygons(f.GetProperty("geometry"))).Select(p => GeoJsonAreaWriterTests.SignedArea(p[0])).ToList();
        Assert.False(document.RootElement.TryGetProperty("crs", out _));
        Assert.Equal(195, written.Count);
        Assert.Equal("E01009522", written[0].GetProperty("properties").GetProperty("LSOA11CD").GetString());
        Assert.Equal(196, exteriors.Count);
        Assert.All(exteriors, area => Assert.True(area > 0));
        RelativeAssert.Equal(0.013034124682882009, exteriors.Sum(), 1e-6);
        Assert.True(clock.ElapsedMilliseconds < 5_000, $"Writing 195 LSOAs took {clock.ElapsedMilliseconds} ms.");
    }

    private static KeyValuePair<string, object?> Property(IFeature feature, string name) => KeyValuePair.Create<string, object?>(name, feature.Attributes[name]);

    private static IEnumerable<JsonElement> Polygons(JsonElement geometry) =>
        geometry.GetProperty("type").GetString() == "MultiPolygon"
            ? geometry.GetProperty("coordinates").EnumerateArray()
            : [geometry.GetProperty("coordinates")];
}
