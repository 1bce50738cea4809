namespace GeoNeeds.Engine.Stats;

/// <summary>The population of one sex and age band in one area.</summary>
/// <param name="AreaCode">The area's code.</param>
/// <param name="Sex"><c>'M'</c> or <c>'F'</c>.</param>
/// <param name="Age">The age band.</param>
/// <param name="Population">People (estimates may be fractional after apportioning).</param>
public sealed record PopulationCount(string AreaCode, char Sex, AgeBand Age, double Population);
