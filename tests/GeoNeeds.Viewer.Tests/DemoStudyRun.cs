using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Viewer.Tests;

/// <summary>The committed demo study (the synthetic town of Saltmere in data/), run once and shared by the tests that draw it.</summary>
internal static class DemoStudyRun
{
    private static readonly Lazy<StudyResult> Run = new(() => Study.Run(StudyFile.Load(Path.Combine(RepositoryFolder.Path, "data", "demo-study.yaml"))));

    public static StudyResult Result => Run.Value;

    /// <summary>The table and boundaries of a level by name (lsoa, ward, lad).</summary>
    public static (StudyLevel Level, Engine.Indicators.LevelTable Table) Level(string name)
    {
        var index = Result.Levels.ToList().FindIndex(l => l.Name == name);
        return (Result.Levels[index], Result.Tables[index]);
    }
}
