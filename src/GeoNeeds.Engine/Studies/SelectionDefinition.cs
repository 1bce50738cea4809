namespace GeoNeeds.Engine.Studies;

/// <summary>
/// The domestic-abuse selection. police.uk publishes no domestic-abuse flag, so a study selects by crime
/// type and/or by a force extract's flag column; both parts, when given, must hold.
/// </summary>
public sealed class SelectionDefinition
{
    public List<string> Categories { get; set; } = [];

    public string? FlagColumn { get; set; }

    public List<string> FlagValues { get; set; } = [];
}
