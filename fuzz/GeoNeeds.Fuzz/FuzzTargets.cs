using GeoNeeds.Fuzz.Targets;

namespace GeoNeeds.Fuzz;

/// <summary>Every harness, by the name <c>fuzz/run.sh</c> takes and <c>fuzz/seeds/</c> files its seeds under.</summary>
internal static class FuzzTargets
{
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        GeoJsonBoundaryHarness.Target,
        TopoJsonBoundaryHarness.Target,
        PoliceCsvHarness.Target,
        MappedCsvHarness.Target,
        PostcodeLookupHarness.Target,
        DeprivationHarness.Target,
        PopulationHarness.Target,
        StudyFileHarness.Target,
    ];

    public static FuzzTarget? Find(string name) => All.FirstOrDefault(target => target.Name == name);
}
