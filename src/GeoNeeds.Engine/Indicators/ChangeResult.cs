using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>One area's change between the periods, its rate in the later period and its quadrant.</summary>
/// <param name="Area">The counts and denominator the result came from.</param>
/// <param name="Change">Count after − count before (<see cref="RateChange.Change"/>).</param>
/// <param name="ChangePercent">Null when the count before is 0 (<see cref="RateChange.ChangePercent"/>).</param>
/// <param name="RateAfter">The later period's crude rate with its limits (<see cref="CrudeRate"/>).</param>
/// <param name="Quadrant">Rate after against the overall rate after, and change against none; null without a rate.</param>
public sealed record ChangeResult(AreaChange Area, double Change, double? ChangePercent, RateEstimate RateAfter, string? Quadrant);
