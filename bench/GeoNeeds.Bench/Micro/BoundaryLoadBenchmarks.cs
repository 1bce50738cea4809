using BenchmarkDotNet.Attributes;
using GeoNeeds.Bench.EndToEnd;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Boundaries;

namespace GeoNeeds.Bench.Micro;

/// <summary>Loading the 34,753 national LSOAs (GeoJSON, gzip): as GeoNeeds did before the performance work, and now.</summary>
[MemoryDiagnoser]
public class BoundaryLoadBenchmarks
{
    [Benchmark(Baseline = true)]
    public AreaLayer NetTopologySuiteGeoJsonAndFullValidity() => BaselineBoundaries.Read(NationalInputs.Boundaries);

    [Benchmark]
    public AreaLayer BoundaryReader() => Engine.Io.Boundaries.BoundaryReader.Read(NationalInputs.Boundaries, new BoundaryReadOptions { CodeField = "LSOA11CD" });
}
