namespace GeoNeeds.Engine.Stats;

/// <summary>
/// Lower and upper confidence limits for an observed count of events (not yet divided by a population).
/// Divide both by the population and multiply by the rate's multiplier to get limits for a rate.
/// </summary>
/// <param name="Lower">The lower limit; never below zero.</param>
/// <param name="Upper">The upper limit; above the count.</param>
public readonly record struct CountLimits(double Lower, double Upper);
