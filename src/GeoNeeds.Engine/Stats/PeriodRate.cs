namespace GeoNeeds.Engine.Stats;

/// <summary>
/// Rates of events in periods of time, per head of population and per period (or per year when periods of
/// unequal length are annualised), pooled over several periods for a baseline, and indexed to that baseline.
/// </summary>
public static class PeriodRate
{
    /// <summary>Months in a year, the unit of annualised rates.</summary>
    public const int MonthsPerYear = 12;

    /// <summary>The method text of an annualised rate.</summary>
    public const string AnnualisedMethod =
        "annualised: count × 12 ÷ months over the period's population, i.e. events per person-year; limits on the period's own count";

    /// <summary>A count over <paramref name="months"/> as a count a year: count × 12 ÷ months.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative or not finite, or months is below 1.</exception>
    public static double Annualised(double count, int months)
    {
        PoissonLimits.RequireValidCount(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        return count * MonthsPerYear / months;
    }

    /// <summary>
    /// The person-time of a period: population × months ÷ <paramref name="unitMonths"/> (person-years with a unit of
    /// 12; with the periods' common length as the unit it is the population itself). Null when the population is.
    /// </summary>
    public static double? PersonTime(double? population, int months, int unitMonths) =>
        population is { } p ? p * months / unitMonths : null;

    /// <summary>
    /// A period's rate per <paramref name="multiplier"/> per <paramref name="unitMonths"/> months: the crude rate of
    /// the count over the person-time (<see cref="PersonTime"/>) with Poisson limits on the count
    /// (<see cref="CrudeRate.Calculate"/>: exact below 10, Byar from 10; Breslow and Day 1987, vol. II, ch. 2 for
    /// rates over person-time). With a unit of 12 this is the annualised rate count × 12 ÷ months ÷ population.
    /// </summary>
    /// <remarks>A missing or zero population gives no rate, as <see cref="CrudeRate.Calculate"/>.</remarks>
    public static RateEstimate Calculate(double count, double? population, int months, int unitMonths, double multiplier) =>
        CrudeRate.Calculate(count, PersonTime(population, months, unitMonths), multiplier);

    /// <summary>
    /// The baseline rate of several periods pooled: the counts summed over the summed person-time, with Poisson
    /// limits on the summed count (exact below 10, Byar from 10; Breslow and Day 1987, vol. II, §2.2; as Fingertips
    /// pools years for a multi-year indicator). With equal periods and an unchanged population this is the mean of
    /// the periods' counts over the population — the "average of the years" needs assessments compare with.
    /// </summary>
    /// <remarks>
    /// Pooling weights each period by its person-time rather than averaging the periods' rates, so a short or small
    /// period weighs less; the limits are those of one Poisson count, narrower than any one period's. A period with
    /// no population leaves the baseline without a rate.
    /// </remarks>
    public static RateEstimate Pooled(IReadOnlyList<(double Count, double? Population, int Months)> periods, int unitMonths, double multiplier)
    {
        var personTime = periods.Any(p => p.Population is null) ? null : periods.Sum(p => PersonTime(p.Population, p.Months, unitMonths));
        return CrudeRate.Calculate(periods.Sum(p => p.Count), personTime, multiplier);
    }

    /// <summary>A rate as an index of the baseline rate: rate ÷ baseline × 100 (the baseline is 100).</summary>
    /// <remarks>Null when either rate is unknown or the baseline rate is 0 (no index of nothing).</remarks>
    public static double? Index(double? rate, double? baseline) =>
        rate is { } r && baseline is { } b && b > 0 ? r / b * 100 : null;
}
