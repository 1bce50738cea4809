using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Studies;

/// <summary>Everything a study run produced, before it is written out.</summary>
/// <param name="Disclosure">Which published counts are withheld, decided once for every output of the run.</param>
public sealed record StudyResult(
    StudyDefinition Definition,
    IReadOnlyList<StudyLevel> Levels,
    IReadOnlyList<LevelTable> Tables,
    IReadOnlyList<InputResult> Inputs,
    IReadOnlyList<Needs.NeedsTable> Needs,
    IReadOnlyList<string> Warnings,
    IReadOnlyDictionary<string, double> StageSeconds,
    DisclosureDecision Disclosure)
{
    /// <summary>True when every input's rows are all accounted for (read = matched + rejected).</summary>
    public bool AllRowsAccounted => Inputs.All(i => i.Account.Balances);

    /// <summary>The inputs that matched too little of their rows, each as its warning; a strict run fails on any.</summary>
    public IReadOnlyList<string> MatchShortfalls => [.. Inputs.Select(i => i.MatchShortfall).OfType<string>()];
}
