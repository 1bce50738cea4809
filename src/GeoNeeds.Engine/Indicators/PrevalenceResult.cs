using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>An area's expected victims and, when recorded numbers were given, the recorded number and recorded ÷ expected.</summary>
/// <param name="AreaName">The area's name; empty when the input has none.</param>
/// <param name="Recorded">Null when no recorded number was given for the area.</param>
/// <param name="RecordedPerExpected">Null without a recorded number or when no victims are expected.</param>
public sealed record PrevalenceResult(ExpectedVictims Expected, string AreaName, double? Recorded, double? RecordedPerExpected);
