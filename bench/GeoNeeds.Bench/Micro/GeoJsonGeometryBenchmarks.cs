using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Geo;
using NetTopologySuite.IO.Converters;

namespace GeoNeeds.Bench.Micro;

/// <summary>
/// The geometries of the national LSOA GeoJSON (34,753 polygons) written to a stream. Before, each was copied,
/// rounded in place and handed to NetTopologySuite's converter; now <see cref="GeoJsonPolygons"/> rounds the
/// coordinates as it reads them and writes them as fixed-point digits (<see cref="RoundedCoordinateText"/>) rather
/// than through the shortest round-trip formatter (the same bytes, checked by GeoJsonPolygonsTests and
/// RoundedCoordinateTextTests).
/// </summary>
[MemoryDiagnoser]
public class GeoJsonGeometryBenchmarks
{
    private static readonly JsonSerializerOptions ConverterOptions = new()
    {
        Converters = { new GeoJsonConverterFactory(writeGeometryBBox: false, GeoJsonConverterFactory.DefaultIdPropertyName, RingOrientationOption.EnforceRfc9746) },
    };

    private AreaLayer _lsoas = null!;

    [GlobalSetup]
    public void Load() => _lsoas = NationalInputs.Lsoas.ReprojectedTo(CoordinateSystem.Wgs84);

    [Benchmark(Baseline = true)]
    public long RoundedCopyThroughConverter() => Write((json, area) =>
    {
        var copy = area.Geometry.Copy();
        copy.Apply(new LonLatRounding(6, area.Code));
        JsonSerializer.Serialize(json, copy, ConverterOptions);
    });

    [Benchmark]
    public long WrittenDirectly() => Write((json, area) => GeoJsonPolygons.Write(json, area.Geometry, 6, area.Code));

    private long Write(Action<Utf8JsonWriter, Area> geometry)
    {
        using var stream = Stream.Null;
        using var json = new Utf8JsonWriter(stream, JsonProperties.WriterOptions);
        json.WriteStartArray();
        foreach (var area in _lsoas.Areas)
        {
            geometry(json, area);
        }

        json.WriteEndArray();
        json.Flush();
        return json.BytesCommitted;
    }
}
