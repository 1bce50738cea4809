using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>The pooled events and people of one IMD decile and their crude rate.</summary>
/// <param name="Areas">How many areas were pooled.</param>
/// <param name="RelativeRank">The decile's relative rank in the inequality index; null when it has no people or no index was fitted.</param>
public sealed record DecileRate(int Decile, int Areas, double Count, double Population, double? RelativeRank, RateEstimate Rate);
