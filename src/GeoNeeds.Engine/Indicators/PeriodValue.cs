using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>An area's events in one period (or in the pooled baseline), the rate they make and its index to the baseline.</summary>
/// <param name="Period">The period, or for the baseline its name <see cref="TrendMeasure.BaselineName"/> from its first to its last month.</param>
/// <param name="Months">Months counted: the period's, or the baseline periods' summed.</param>
/// <param name="Denominator">
/// The period's population (or other denominator); for the baseline the mean of its periods' weighted by their
/// months. Null when not known.
/// </param>
/// <param name="Rate">
/// The rate over the person-time denominator × months ÷ the rate's unit of months (<see cref="PeriodRate"/>);
/// <see cref="RateEstimate.Count"/> is the period's count and <see cref="RateEstimate.Population"/> the person-time.
/// </param>
/// <param name="Index">Rate ÷ the baseline's rate × 100 (<see cref="PeriodRate.Index"/>); null without a baseline rate.</param>
public sealed record PeriodValue(TrendPeriod Period, int Months, double? Denominator, RateEstimate Rate, double? Index)
{
    /// <summary>The events counted.</summary>
    public long Count => (long)Rate.Count;
}
