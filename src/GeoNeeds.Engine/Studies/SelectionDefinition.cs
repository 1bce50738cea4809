using System.ComponentModel;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// The domestic-abuse selection. police.uk publishes no domestic-abuse flag, so a study selects by crime
/// type and/or by a force extract's flag column; both parts, when given, must hold.
/// </summary>
public sealed record SelectionDefinition
{
    [Description("Crime types (categories) whose rows count.")]
    public List<string> Categories { get; init; } = [];

    [Description("A flag column (e.g. DA_FLAG) whose values select rows.")]
    public string? FlagColumn { get; init; }

    [Description("The flag column's values that count (e.g. Y).")]
    public List<string> FlagValues { get; init; } = [];
}
