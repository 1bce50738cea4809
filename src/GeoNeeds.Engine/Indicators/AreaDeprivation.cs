namespace GeoNeeds.Engine.Indicators;

/// <summary>An area's count of events, population and IMD decile (1 = most deprived 10%).</summary>
/// <param name="Population">Null when it is not known; the area is then left out of its decile.</param>
public sealed record AreaDeprivation(string AreaCode, double Count, double? Population, int Decile);
