using static System.FormattableString;

namespace GeoNeeds.Engine.Accounting;

/// <summary>
/// Whether an input matched enough of its rows to be believed: a run in which points fall outside every area (a
/// boundary file of another place, coordinates in the wrong system) balances its rows but answers nothing.
/// </summary>
public static class MatchShare
{
    /// <summary>The share of located rows an input must match unless the study says otherwise.</summary>
    public const double DefaultMinimum = 0.5;

    /// <summary>
    /// Why <paramref name="account"/> matched too little, or <c>null</c> when it did not: it read rows but matched
    /// none, or it matched under <paramref name="minimum"/> of its located rows (those matched, or rejected only
    /// for lying outside every area or naming an area code the layer lacks).
    /// </summary>
    public static string? Shortfall(InputAccount account, double minimum)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.Read > 0 && account.Matched == 0)
        {
            var reasons = string.Join(", ", account.RejectedByReason.Select(r => Invariant($"{r.Key} {r.Value}")));
            return Invariant($"input '{account.Name}' matched none of its {account.Read} rows to an area (rejected: {reasons}); check that the inputs and the boundaries cover the same place, in the coordinate systems they state");
        }

        var located = account.Matched + Unplaced(account);
        return located > 0 && account.Matched < minimum * located
            ? Invariant($"input '{account.Name}' matched {account.Matched} of its {located} located rows to an area ({100.0 * account.Matched / located:0.#}%), under the minimum share of {100 * minimum:0.#}% (min_match_share); check that the inputs and the boundaries cover the same place")
            : null;
    }

    private static long Unplaced(InputAccount account) =>
        account.RejectedByReason.GetValueOrDefault(RejectionReason.OutsideStudyArea) + account.RejectedByReason.GetValueOrDefault(RejectionReason.UnknownAreaCode);
}
