using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>Rates by decile, the overall rate, and the slope and relative indexes of inequality across the deciles.</summary>
public sealed record InequalityResult(IReadOnlyList<DecileRate> Deciles, RateEstimate Overall, InequalityEstimate Index);
