namespace GeoNeeds.Engine.Stats;

/// <summary>Crude (not age-standardised) rates of events per head of population with Poisson confidence limits.</summary>
public static class CrudeRate
{
    /// <summary>The confidence level of the inner limits, as Fingertips' 95% intervals.</summary>
    public const double Confidence95 = 0.95;

    /// <summary>The confidence level of the outer limits, as Fingertips' 99.8% intervals (control-chart limits).</summary>
    public const double Confidence998 = 0.998;

    /// <summary>
    /// The crude rate count ÷ population × multiplier with limits at 95% and 99.8% from
    /// <see cref="PoissonLimits.ForRate"/> scaled the same way, as PHEindicatormethods <c>phe_rate</c>
    /// (Public Health England) and OHID Fingertips' technical guidance.
    /// </summary>
    /// <param name="count">The number of events; zero or more.</param>
    /// <param name="population">The population at risk; null when unknown.</param>
    /// <param name="multiplier">Rate per this many people, e.g. 1,000, 10,000 or 100,000.</param>
    /// <remarks>
    /// A missing, zero, negative or non-finite population gives a result whose value and limits are null and
    /// whose <see cref="RateEstimate.NotComputedReason"/> says why, so one bad denominator never stops a run.
    /// A count of 0 gives a rate of 0 with an exact upper limit of 3.689 (95%) events scaled by the population.
    /// Tiny populations give very wide limits rather than an error; whether to publish them is a suppression
    /// decision made downstream, not here. Counts above the population are allowed (repeat incidents).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative or not finite, or the multiplier is not positive and finite.</exception>
    public static RateEstimate Calculate(double count, double? population, double multiplier)
    {
        PoissonLimits.RequireValidCount(count);
        if (!double.IsFinite(multiplier) || multiplier <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, "A rate multiplier must be positive and finite, e.g. 1000.");
        }

        var reason = population switch
        {
            null => RateEstimate.MissingPopulation,
            double p when !double.IsFinite(p) => RateEstimate.MissingPopulation,
            < 0 => RateEstimate.NegativePopulation,
            0 => RateEstimate.ZeroPopulation,
            _ => null,
        };
        if (reason is not null)
        {
            return new RateEstimate(count, population, multiplier, null, null, null, null, null, string.Empty, reason);
        }

        var scale = multiplier / population!.Value;
        var limits95 = PoissonLimits.ForRate(count, Confidence95, out var method);
        var limits998 = PoissonLimits.ForRate(count, Confidence998, out _);
        return new RateEstimate(
            count,
            population,
            multiplier,
            count * scale,
            limits95.Lower * scale,
            limits95.Upper * scale,
            limits998.Lower * scale,
            limits998.Upper * scale,
            method,
            null);
    }
}
