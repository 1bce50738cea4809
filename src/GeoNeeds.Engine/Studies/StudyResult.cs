using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io.Deprivation;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Studies;

/// <summary>Everything a study run produced, before it is written out.</summary>
/// <param name="Disclosure">Which published counts are withheld, decided once for every output of the run.</param>
/// <param name="Measures">The measures more than one output shows (decile rates, inequality, change), computed once.</param>
public sealed record StudyResult(
    StudyDefinition Definition,
    IReadOnlyList<StudyLevel> Levels,
    IReadOnlyList<LevelTable> Tables,
    IReadOnlyList<InputResult> Inputs,
    IReadOnlyList<Needs.NeedsTable> Needs,
    IReadOnlyList<string> Warnings,
    IReadOnlyDictionary<string, double> StageSeconds,
    DisclosureDecision Disclosure,
    StudyMeasures Measures)
{
    /// <summary>Each service's outcomes (<c>needs: outcomes</c>), for the outcome tables and graphics; empty when not asked for.</summary>
    public IReadOnlyList<StudyOutcome> Outcomes { get; init; } = [];

    /// <summary>True when every input's rows, and every outcome form's, are all accounted for (read = matched + rejected).</summary>
    public bool AllRowsAccounted => Inputs.All(i => i.Account.Balances) && Outcomes.All(o => o.Forms.All(f => f.Account.Balances));

    /// <summary>The index the study's deprivation deciles come from; <c>null</c> when it reads none.</summary>
    public DeprivationIndex? DeprivationIndex => Definition.Deprivation is { } source
        ? (source.Format == SourceFormat.Wimd2019 ? Io.Deprivation.DeprivationIndex.Wimd2019 : Io.Deprivation.DeprivationIndex.Imd2019)
        : null;

    /// <summary>The inputs that matched too little of their rows, each as its warning; a strict run fails on any.</summary>
    public IReadOnlyList<string> MatchShortfalls => [.. Inputs.Select(i => i.MatchShortfall).OfType<string>()];
}
