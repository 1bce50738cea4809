using GeoNeeds.Engine.Indicators;

namespace GeoNeeds.Engine.Studies;

/// <summary>Everything a study run produced, before it is written out.</summary>
public sealed record StudyResult(
    StudyDefinition Definition,
    IReadOnlyList<StudyLevel> Levels,
    IReadOnlyList<LevelTable> Tables,
    IReadOnlyList<InputResult> Inputs,
    IReadOnlyList<Needs.NeedsTable> Needs,
    IReadOnlyList<string> Warnings,
    IReadOnlyDictionary<string, double> StageSeconds)
{
    /// <summary>True when every input's rows are all accounted for (read = matched + rejected).</summary>
    public bool AllRowsAccounted => Inputs.All(i => i.Account.Balances);
}
