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

    /// <summary>
    /// The level's area for a base area's part in a postcode area (<see cref="StudyCells"/>), when the level is made of
    /// such parts: the base level, and a postcode level cut to it. Otherwise a part counts in its base area's.
    /// </summary>
    public Func<string, string?>? FromCell { get; init; }

    /// <summary>How a postcode level's areas are made of base areas' parts (<see cref="StudyCells.Method"/>), for the run summary; otherwise null.</summary>
    public string? CellMethod { get; init; }

    /// <summary>Whether the study's counts are kept by this level's own areas, so need no roll-up.</summary>
    public bool IsCountedDirectly => FromBase is null && FromCell is null;

    /// <summary>The level's area code for an area the study counts in (<see cref="StudyCells"/>): a base area, or a base area's part in a postcode area.</summary>
    public string? CodeFor(string code)
    {
        if (StudyCells.PostcodeAreaOf(code) is not null)
        {
            if (FromCell is not null)
            {
                return FromCell(code);
            }

            code = StudyCells.BaseOf(code);
        }

        return FromBase is null ? code : FromBase.ParentOf(code);
    }
}

/// <summary>Agreement between the lookup and the interior-point roll-up of a level, e.g. 192 of 195 LSOAs.</summary>
public sealed record RollupCheck(string ComparedWith, int Agreed, int Compared);
