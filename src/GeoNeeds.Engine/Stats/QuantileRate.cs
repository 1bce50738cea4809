namespace GeoNeeds.Engine.Stats;

/// <summary>A rate in one quantile of deprivation (e.g. an IMD decile), the input of <see cref="InequalityIndex"/>.</summary>
/// <param name="Population">The quantile's population; must be above 0.</param>
/// <param name="Rate">The rate in the quantile.</param>
/// <param name="Lower95">Its lower 95% confidence limit; null when not known.</param>
/// <param name="Upper95">Its upper 95% confidence limit; null when not known.</param>
public sealed record QuantileRate(double Population, double Rate, double? Lower95, double? Upper95);
