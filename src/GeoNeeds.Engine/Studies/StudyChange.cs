using GeoNeeds.Engine.Indicators;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// A study's change between two periods for one indicator on one level (<see cref="ChangeMeasure"/>): what
/// <c>&lt;level&gt;_change.csv</c> publishes and the rate-against-change quadrant chart draws.
/// </summary>
public static class StudyChange
{
    /// <summary>
    /// The periods the study compares: <c>needs.change</c>'s before and after, else the two halves of the input's
    /// months; null when neither is available (fewer than two months).
    /// </summary>
    public static ChangePeriods? Periods(StudyDefinition study, InputResult input) =>
        study.Needs?.Change is { } change ? change.ToPeriods() : ChangePeriods.Halves(input.Counts.Months);

    /// <summary>
    /// Each area's counts in the two periods over the indicator's denominator (residents unless it names children,
    /// households, …) and the change measured on them; on counts a year when the study annualises.
    /// </summary>
    public static ChangeAssessment Assess(StudyLevel level, LevelTable table, InputResult input, int indicator, double per, ChangePeriods periods, bool annualise)
    {
        var before = LevelCounts.Of(input, level, periods.IsBefore);
        var after = LevelCounts.Of(input, level, periods.IsAfter);
        var areas = table.Rows.Select(r => new AreaChange(r.Code, r.Name, before.GetValueOrDefault(r.Code), after.GetValueOrDefault(r.Code), r.Indicators[indicator].Rate.Population));
        return ChangeMeasure.Assess([.. areas], per, annualise ? (periods.MonthsBefore, periods.MonthsAfter) : null);
    }
}
