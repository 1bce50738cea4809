namespace GeoNeeds.Engine.Stats;

/// <summary>A proportion (a share between 0 and 1) with its lower and upper confidence limits.</summary>
/// <param name="Proportion">The observed share, count ÷ total.</param>
/// <param name="Lower">The lower limit; never below zero.</param>
/// <param name="Upper">The upper limit; never above one.</param>
public readonly record struct ProportionLimits(double Proportion, double Lower, double Upper);
