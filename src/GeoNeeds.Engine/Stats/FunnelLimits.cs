namespace GeoNeeds.Engine.Stats;

/// <summary>Control limits of a funnel plot of rates.</summary>
public static class FunnelLimits
{
    /// <summary>
    /// The range of rates an area of <paramref name="population"/> would show by chance alone if its true rate
    /// were <paramref name="benchmarkRate"/>: the Poisson limits of the expected count E = benchmark × population
    /// ÷ multiplier, scaled back to a rate (Spiegelhalter 2005, "Funnel plots for comparing institutional
    /// performance", <i>Statistics in Medicine</i> 24:1185, Poisson outcomes). The count limits are the ones
    /// Fingertips uses (<see cref="PoissonLimits.ForRate"/>: exact below 10, Byar's approximation from 10), as
    /// PHE's funnel plot tools apply them to the expected count.
    /// </summary>
    /// <param name="benchmarkRate">The benchmark rate per <paramref name="multiplier"/> people, e.g. the authority's.</param>
    /// <param name="population">The population at which to draw the limits; above zero.</param>
    /// <param name="multiplier">Rate per this many people.</param>
    /// <param name="confidence">0.95 and 0.998 by convention (the 2 and 3 standard deviation limits).</param>
    /// <remarks>
    /// The limits narrow as the population grows (the funnel). For small expected counts the exact lower limit is
    /// 0, so small areas are rarely flagged low. Against the exact Poisson quantiles of E (Spiegelhalter's
    /// definition) these are within about two counts at E = 100.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A rate below zero, a population or multiplier not above zero, or a confidence outside (0, 1).</exception>
    public static (double Lower, double Upper) ForRate(double benchmarkRate, double population, double multiplier, double confidence)
    {
        if (!double.IsFinite(population) || population <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(population), population, "A funnel limit needs a population above zero.");
        }

        if (!double.IsFinite(multiplier) || multiplier <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, "A rate multiplier must be positive and finite, e.g. 1000.");
        }

        var expected = benchmarkRate * population / multiplier;
        var limits = PoissonLimits.ForRate(expected, confidence, out _);
        var scale = multiplier / population;
        return (limits.Lower * scale, limits.Upper * scale);
    }
}
