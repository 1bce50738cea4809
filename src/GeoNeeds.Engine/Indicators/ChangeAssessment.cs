namespace GeoNeeds.Engine.Indicators;

/// <summary>Every area's change and the overall rate after (all events after ÷ all people) the quadrants are split at.</summary>
/// <param name="OverallRate">Null when no area has a population.</param>
public sealed record ChangeAssessment(IReadOnlyList<ChangeResult> Areas, double? OverallRate);
