using GeoNeeds.Engine.Io.Points;

namespace GeoNeeds.Fuzz.Targets;

/// <summary>police.uk street-level crime files, selected to violence and sexual offences as a study selects them.</summary>
internal static class PoliceCsvHarness
{
    public static FuzzTarget Target { get; } = new("police-csv", ".csv", path => PointFileCheck.Read(path, PointColumns.PoliceUk,
        new PointSelection { Categories = new HashSet<string>(["Violence and sexual offences"]) }));
}
