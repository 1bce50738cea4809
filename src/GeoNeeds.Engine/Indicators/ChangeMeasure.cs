using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>
/// Change between two periods and the "rate against change" quadrant of needs assessments, computed once for the
/// <c>change</c> verb, the study's <c>&lt;level&gt;_change.csv</c> and its quadrant chart.
/// </summary>
public static class ChangeMeasure
{
    /// <summary>
    /// Change, percentage change (<see cref="RateChange"/>) and the later crude rate per <paramref name="per"/>
    /// (<see cref="CrudeRate"/>) of each area, and its quadrant against the overall later rate of the areas that
    /// have a population above 0.
    /// </summary>
    /// <param name="annualMonths">
    /// The months of the periods before and after when the study annualises: each count is then taken as a count a
    /// year (× 12 ÷ months, <see cref="PeriodRate.Annualised"/>) for the change, its percentage and the later rate, so
    /// periods of unequal length compare. Null compares the counts as they are (the periods are of equal length).
    /// </param>
    public static ChangeAssessment Assess(IReadOnlyList<AreaChange> areas, double per, (int Before, int After)? annualMonths = null)
    {
        double Before(double count) => annualMonths is { } m ? PeriodRate.Annualised(count, m.Before) : count;
        double After(double count) => annualMonths is { } m ? PeriodRate.Annualised(count, m.After) : count;
        RateEstimate RateAfter(double count, double? population) => annualMonths is { } m
            ? PeriodRate.Calculate(count, population, m.After, PeriodRate.MonthsPerYear, per)
            : CrudeRate.Calculate(count, population, per);
        var populated = areas.Where(a => a.Population > 0).ToList();
        var overall = populated.Count > 0 ? RateAfter(populated.Sum(a => a.CountAfter), populated.Sum(a => a.Population!.Value)).Value : null;
        var results = areas.Select(area =>
        {
            var (before, after) = (Before(area.CountBefore), After(area.CountAfter));
            var change = RateChange.Change(before, after);
            var rate = RateAfter(area.CountAfter, area.Population);
            var quadrant = rate.Value is { } r && overall is { } o ? RateChange.Quadrant(r, o, change) : null;
            return new ChangeResult(area, change, RateChange.ChangePercent(before, after), rate, quadrant);
        });
        return new ChangeAssessment([.. results], overall);
    }
}
