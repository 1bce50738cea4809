using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.Population;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>What the needs analyses work from: a study's levels, tables and counted inputs.</summary>
internal sealed record NeedsContext(
    StudyDefinition Study,
    IReadOnlyList<StudyLevel> Levels,
    IReadOnlyList<LevelTable> Tables,
    IReadOnlyList<InputResult> Inputs,
    IReadOnlyList<PopulationCount>? AgeSex,
    List<string> Warnings)
{
    public int SuppressBelow => Study.Output.SuppressBelow;

    public InputResult Input(string name) => Inputs.Single(i => i.Definition.Name == name);

    public StudyLevel Level(string name) => Levels.Single(l => l.Name == name);

    public LevelTable TableOf(StudyLevel level) => Tables.Single(t => t.Level == level.Name);

    /// <summary>Events of <paramref name="input"/> per area of <paramref name="level"/>, in the months <paramref name="inPeriod"/> accepts.</summary>
    public IReadOnlyDictionary<string, long> Counts(InputResult input, StudyLevel level, Func<string, bool>? inPeriod = null) => LevelCounts.Of(input, level, inPeriod);

    /// <summary>The base level's population by age and sex summed into the areas of <paramref name="level"/>.</summary>
    public IReadOnlyList<PopulationCount> AgeSexIn(StudyLevel level) => AgeSex!
        .Select(c => (Count: c, Area: level.CodeFor(c.AreaCode)))
        .Where(c => c.Area is not null)
        .GroupBy(c => (c.Area!, c.Count.Sex, c.Count.Age))
        .Select(g => new PopulationCount(g.Key.Item1, g.Key.Sex, g.Key.Age, g.Sum(c => c.Count.Population)))
        .ToList();

    /// <summary>A count as published: suppressed counts become <c>*</c>.</summary>
    public object Published(long count) => SmallCountSuppression.IsSuppressed(count, SuppressBelow) ? "*" : count;

    public bool IsSuppressed(long count) => SmallCountSuppression.IsSuppressed(count, SuppressBelow);
}
