using GeoNeeds.Engine.Io.Deprivation;

namespace GeoNeeds.Fuzz.Targets;

/// <summary>The English IMD 2019 and Welsh WIMD 2019 tables; each reader gets every input.</summary>
internal static class DeprivationHarness
{
    public static FuzzTarget Target { get; } = new("deprivation", ".csv",
        path => DeprivationReader.ReadImd2019(path),
        path => DeprivationReader.ReadWimd2019(path));
}
