namespace GeoNeeds.Engine.Indicators;

/// <summary>An area's counts of events in two periods and the denominator its later rate is taken over.</summary>
/// <param name="AreaName">The area's name; empty when the input has none.</param>
/// <param name="Population">Null when it is not known.</param>
public sealed record AreaChange(string AreaCode, string AreaName, double CountBefore, double CountAfter, double? Population);
