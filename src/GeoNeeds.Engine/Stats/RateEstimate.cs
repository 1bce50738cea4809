namespace GeoNeeds.Engine.Stats;

/// <summary>
/// A crude rate with its 95% and 99.8% confidence limits and the provenance that must travel with it: the
/// count and population it came from, the multiplier, the method of the limits and, when it could not be
/// calculated, why. Built by <see cref="CrudeRate.Calculate"/>.
/// </summary>
/// <param name="Count">The number of events (incidents, referrals, victims).</param>
/// <param name="Population">The population the events arose in; null when it was missing.</param>
/// <param name="Multiplier">Rate per this many people, e.g. 1,000, 10,000 or 100,000.</param>
/// <param name="Value">Count ÷ population × multiplier; null when not computed.</param>
/// <param name="Lower95">Lower 95% confidence limit of the rate; null when not computed.</param>
/// <param name="Upper95">Upper 95% confidence limit of the rate; null when not computed.</param>
/// <param name="Lower998">Lower 99.8% confidence limit of the rate; null when not computed.</param>
/// <param name="Upper998">Upper 99.8% confidence limit of the rate; null when not computed.</param>
/// <param name="Method"><see cref="PoissonLimits.ExactMethod"/>, <see cref="PoissonLimits.ByarMethod"/>, or "" when not computed.</param>
/// <param name="NotComputedReason">Why the rate is null (e.g. <see cref="ZeroPopulation"/>); null when it was computed.</param>
public sealed record RateEstimate(
    double Count,
    double? Population,
    double Multiplier,
    double? Value,
    double? Lower95,
    double? Upper95,
    double? Lower998,
    double? Upper998,
    string Method,
    string? NotComputedReason)
{
    /// <summary>The published method these rates and limits follow, for output metadata and footnotes.</summary>
    public const string Source =
        "Crude rate with Poisson confidence limits as OHID Fingertips publishes them: exact limits from chi-squared " +
        "quantiles (Garwood 1936) for counts below 10, Byar's approximation (Breslow & Day 1987) from 10. " +
        "PHEindicatormethods R package, function phe_rate (Public Health England / OHID); " +
        "Fingertips technical guidance, confidence intervals.";

    /// <summary><see cref="NotComputedReason"/> when the population is not known.</summary>
    public const string MissingPopulation = "missing population";

    /// <summary><see cref="NotComputedReason"/> when the population is zero (an area with no residents).</summary>
    public const string ZeroPopulation = "zero population";

    /// <summary><see cref="NotComputedReason"/> when the population is below zero, an error in the denominator data.</summary>
    public const string NegativePopulation = "negative population";

    /// <summary>Whether the rate and its limits were calculated.</summary>
    public bool IsComputed => NotComputedReason is null;
}
