using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Fuzz.Targets;

/// <summary>Study files: YAML parsing, the shape check, binding and validation into a study definition.</summary>
internal static class StudyFileHarness
{
    public static FuzzTarget Target { get; } = new("study", ".yaml", path => StudyFile.Load(path));
}
