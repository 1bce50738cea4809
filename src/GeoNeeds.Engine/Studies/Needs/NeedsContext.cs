using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.Population;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Publish.Disclosure;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>What the needs analyses work from: a study's levels, tables and counted inputs.</summary>
internal sealed record NeedsContext(
    StudyDefinition Study,
    IReadOnlyList<StudyLevel> Levels,
    IReadOnlyList<LevelTable> Tables,
    IReadOnlyList<InputResult> Inputs,
    IReadOnlyList<PopulationCount>? AgeSex,
    IReadOnlyDictionary<string, IReadOnlyList<GroupPopulation>> GroupPopulations,
    DisclosureDecision Disclosure,
    StudyMeasures Measures,
    List<string> Warnings)
{
    private readonly Dictionary<string, List<CountCellKey>> _published = [];

    /// <summary>The areas the inputs were counted in, which every level's areas are made of.</summary>
    public required StudyCells Cells { get; init; }

    /// <summary>Each service's outcomes, for the tables by area.</summary>
    public IReadOnlyList<StudyOutcome> Outcomes { get; init; } = [];

    /// <summary>The keys of the counts each needs file publishes, for the run summary's suppression tally.</summary>
    public IReadOnlyDictionary<string, List<CountCellKey>> PublishedCounts => _published;

    public InputResult Input(string name) => Inputs.Single(i => i.Definition.Name == name);

    public StudyLevel Level(string name) => Levels.Single(l => l.Name == name);

    public LevelTable TableOf(StudyLevel level) => Tables.Single(t => t.Level == level.Name);


    /// <summary>The base level's population by age and sex summed into the areas of <paramref name="level"/>.</summary>
    public IReadOnlyList<PopulationCount> AgeSexIn(StudyLevel level) => AgeSex!
        .Select(c => (Count: c, Area: level.CodeFor(c.AreaCode)))
        .Where(c => c.Area is not null)
        .GroupBy(c => (c.Area!, c.Count.Sex, c.Count.Age))
        .Select(g => new PopulationCount(g.Key.Item1, g.Key.Sex, g.Key.Age, g.Sum(c => c.Count.Population)))
        .ToList();

    /// <summary>A count as <paramref name="file"/> publishes it: <c>*</c> when the run's disclosure control withholds it.</summary>
    public object Published(string file, CountCellKey key, long count) => PublishedCount.Cell(count, Withholds(file, key));

    /// <summary>Records that <paramref name="file"/> publishes the count and says whether the run withholds it.</summary>
    public bool Withholds(string file, CountCellKey key)
    {
        (_published.TryGetValue(file, out var keys) ? keys : _published[file] = []).Add(key);
        return Disclosure.IsSuppressed(key);
    }

    /// <summary>Whether the run withholds the count (and so every figure that would give it away).</summary>
    public bool IsSuppressed(CountCellKey key) => Disclosure.IsSuppressed(key);
}
