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
    public static ChangeAssessment Assess(IReadOnlyList<AreaChange> areas, double per)
    {
        var populated = areas.Where(a => a.Population > 0).ToList();
        var overall = populated.Count > 0 ? CrudeRate.Calculate(populated.Sum(a => a.CountAfter), populated.Sum(a => a.Population!.Value), per).Value : null;
        var results = areas.Select(area =>
        {
            var change = RateChange.Change(area.CountBefore, area.CountAfter);
            var rate = CrudeRate.Calculate(area.CountAfter, area.Population, per);
            var quadrant = rate.Value is { } r && overall is { } o ? RateChange.Quadrant(r, o, change) : null;
            return new ChangeResult(area, change, RateChange.ChangePercent(area.CountBefore, area.CountAfter), rate, quadrant);
        });
        return new ChangeAssessment([.. results], overall);
    }
}
