using GeoNeeds.Engine.Io.Population;

namespace GeoNeeds.Fuzz.Targets;

/// <summary>Population denominators: IoD 2019 totals and area/sex/age tables; each reader gets every input.</summary>
internal static class PopulationHarness
{
    public static FuzzTarget Target { get; } = new("population", ".csv",
        path => PopulationReader.ReadIod2019Totals(path),
        path => PopulationReader.ReadByAgeSex(path));
}
