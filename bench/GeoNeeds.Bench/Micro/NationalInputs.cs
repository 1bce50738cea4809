using GeoNeeds.Bench.EndToEnd;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Boundaries;

namespace GeoNeeds.Bench.Micro;

/// <summary>The national LSOAs and a 100,000-row points file, loaded once per benchmark process.</summary>
internal static class NationalInputs
{
    public const int Rows = 100_000;

    private static readonly Lazy<string> SharedFolder = new(() => BenchFiles.SharedData(Environment.GetEnvironmentVariable("GEONEEDS_SHARED")));

    private static readonly Lazy<AreaLayer> LsoaLayer = new(() => BoundaryReader.Read(BenchFiles.In(SharedFolder.Value, "").Boundaries, new() { CodeField = "LSOA11CD", NameField = "LSOA11NM" }));

    public static AreaLayer Lsoas => LsoaLayer.Value;

    public static string Boundaries => BenchFiles.In(SharedFolder.Value, "").Boundaries;

    /// <summary>The synthetic points file (generated on first use into the benchmark's data folder).</summary>
    public static string Points => EndToEnd.ScalingDriver.EnsurePoints(SharedFolder.Value, Path.Combine(Path.GetTempPath(), "geoneeds-bench"), Rows, Generation.NationalCrimeFile.DefaultSeed);
}
