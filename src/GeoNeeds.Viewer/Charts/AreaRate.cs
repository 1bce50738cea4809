namespace GeoNeeds.Viewer.Charts;

/// <summary>
/// One area's rate as charts use it: the value with its 95% and 99.8% limits, the count and population it came
/// from, and whether its count is suppressed (then the rate and limits are null and it is not plotted).
/// </summary>
public sealed record AreaRate(
    string Code,
    string Name,
    double? Rate,
    double? Lower95,
    double? Upper95,
    double? Population,
    double? Count = null,
    bool Suppressed = false,
    double? Deprivation = null)
{
    /// <summary>Whether the rate can be drawn: computed and not suppressed.</summary>
    public bool IsShown => !Suppressed && Rate is not null;
}
