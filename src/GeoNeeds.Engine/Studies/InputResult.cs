using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Join;

namespace GeoNeeds.Engine.Studies;

/// <summary>What one input produced: base-level counts, the row account, and join diagnostics.</summary>
/// <param name="Agreement">Spatial versus source-code agreement (police.uk's LSOA column), when the rows carry codes.</param>
/// <param name="PlacedByCode">Referrals placed by the postcode table's own area code.</param>
/// <param name="PlacedByCoordinates">Referrals placed by the postcode's coordinates.</param>
/// <param name="FieldCounts">
/// Per profiled referral field (<see cref="Needs.ProfilesNeed"/>), the referrals counted with the field's value as
/// their category; empty when no profile asks for this input.
/// </param>
public sealed record InputResult(
    InputDefinition Definition,
    IReadOnlyList<string> Files,
    EventCounts Counts,
    InputAccount Account,
    JoinAgreement? Agreement,
    long? PlacedByCode = null,
    long? PlacedByCoordinates = null,
    IReadOnlyDictionary<string, EventCounts>? FieldCounts = null)
{
    /// <summary>Why the input matched too little to be believed (<see cref="MatchShare"/>), or <c>null</c>.</summary>
    public string? MatchShortfall => MatchShare.Shortfall(Account, Definition.MinMatchShare);
}
