using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Join;

namespace GeoNeeds.Engine.Studies;

/// <summary>One level of a loaded study: its areas, their boundaries when given, and how the base level rolls up to it.</summary>
/// <param name="Name">The level's name (<c>lsoa</c>, <c>ward</c>, <c>lad</c>).</param>
/// <param name="Layer">The boundaries, or null for a level known only from the lookup.</param>
/// <param name="Areas">Every area of the level: code → name, in output order.</param>
/// <param name="FromBase">The roll-up from the base level; null for the base level itself.</param>
/// <param name="RollupCheck">How the roll-up used compares with the other method, when both were possible.</param>
public sealed record StudyLevel(
    string Name,
    AreaLayer? Layer,
    IReadOnlyList<KeyValuePair<string, string>> Areas,
    AreaRollup? FromBase,
    RollupCheck? RollupCheck)
{
    public bool IsBase => FromBase is null;

    /// <summary>The level's area code for a base-level area (itself at the base level).</summary>
    public string? CodeFor(string baseCode) => FromBase is null ? baseCode : FromBase.ParentOf(baseCode);
}

/// <summary>Agreement between the lookup and the interior-point roll-up of a level, e.g. 192 of 195 LSOAs.</summary>
public sealed record RollupCheck(string ComparedWith, int Agreed, int Compared);
