using BenchmarkDotNet.Attributes;
using GeoNeeds.Bench.EndToEnd;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Boundaries;

namespace GeoNeeds.Bench.Micro;

/// <summary>
/// Loading the 34,753 national LSOAs (GeoJSON, gzip): as GeoNeeds did before the performance work, now from the file,
/// and from a warm boundary cache (hashing the file, reading the stored layer and its WKB).
/// </summary>
[MemoryDiagnoser]
public class BoundaryLoadBenchmarks
{
    private static readonly BoundaryReadOptions Options = new() { CodeField = "LSOA11CD" };
    private BoundaryCache _cache = null!;

    [GlobalSetup]
    public void FillCache()
    {
        _cache = new BoundaryCache(Path.Combine(Path.GetTempPath(), "geoneeds-bench", "cache", "boundaries"));
        _cache.Read(NationalInputs.Boundaries, Options);
    }

    [Benchmark(Baseline = true)]
    public AreaLayer NetTopologySuiteGeoJsonAndFullValidity() => BaselineBoundaries.Read(NationalInputs.Boundaries);

    [Benchmark]
    public AreaLayer BoundaryReader() => Engine.Io.Boundaries.BoundaryReader.Read(NationalInputs.Boundaries, Options);

    [Benchmark]
    public AreaLayer WarmBoundaryCache() => _cache.Read(NationalInputs.Boundaries, Options);
}
