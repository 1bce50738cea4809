using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>
/// Rates per period, the baseline pooled from chosen periods, and each period's index to the baseline: computed once
/// for <c>&lt;level&gt;_trend.csv</c>, the trend chart and the quadrant chart against the baseline.
/// </summary>
public static class TrendMeasure
{
    /// <summary>The name the baseline goes by in the trend table.</summary>
    public const string BaselineName = "baseline";

    /// <summary>How the trend's rates, baseline and index are made, in words, for the run summary and chart notes.</summary>
    public static string Method(IReadOnlyList<string> baseline, bool annualise)
    {
        var rates = annualise
            ? "Rates per year: " + PeriodRate.AnnualisedMethod + "."
            : "Rates per period (the periods are of equal length): count over the period's population.";
        var pooled = baseline.Count == 0 ? "" :
            $" Baseline: the counts of {string.Join(", ", baseline)} summed over their summed person-time (population x months), Poisson limits on the summed count; index = rate / baseline rate x 100.";
        return rates + pooled + " " + RateEstimate.Source;
    }

    /// <summary>
    /// The area's rate per <paramref name="per"/> in each period (<see cref="PeriodRate.Calculate"/>): per year when
    /// <paramref name="annualise"/>, else per period (all of one length); the baseline's rate pooled over the periods
    /// named in <paramref name="baseline"/> (<see cref="PeriodRate.Pooled"/>); and every period's index to it.
    /// </summary>
    /// <param name="periods">Each period with the area's count and denominator in it (null when unknown).</param>
    public static AreaTrend Assess(string code, string name, IReadOnlyList<(TrendPeriod Period, long Count, double? Denominator)> periods,
        IReadOnlyCollection<string> baseline, bool annualise, double per)
    {
        var unit = annualise ? PeriodRate.MonthsPerYear : periods[0].Period.Months;
        PeriodValue? pooled = null;
        var members = periods.Where(p => baseline.Contains(p.Period.Name)).ToList();
        if (members.Count > 0)
        {
            var rate = PeriodRate.Pooled([.. members.Select(m => ((double)m.Count, m.Denominator, m.Period.Months))], unit, per);
            var months = members.Sum(m => m.Period.Months);
            var span = new TrendPeriod(BaselineName, members.Min(m => m.Period.First)!, members.Max(m => m.Period.Last)!);
            pooled = new PeriodValue(span, months, rate.Population * unit / months, rate, PeriodRate.Index(rate.Value, rate.Value));
        }

        var values = periods.Select(p =>
        {
            var rate = PeriodRate.Calculate(p.Count, p.Denominator, p.Period.Months, unit, per);
            return new PeriodValue(p.Period, p.Period.Months, p.Denominator, rate, PeriodRate.Index(rate.Value, pooled?.Rate.Value));
        });
        return new AreaTrend(code, name, [.. values], pooled);
    }
}
