namespace GeoNeeds.Engine.Stats;

/// <summary>A statistic with 95% and 99.8% confidence limits; a limit is null when it could not be estimated.</summary>
public sealed record LimitedValue(double? Value, double? Lower95, double? Upper95, double? Lower998, double? Upper998);
