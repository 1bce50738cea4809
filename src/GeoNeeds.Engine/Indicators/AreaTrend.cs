namespace GeoNeeds.Engine.Indicators;

/// <summary>One area's rate in each period of a study and in its baseline.</summary>
/// <param name="AreaCode">The area's code, or <see cref="TrendAssessment.TotalCode"/> for the whole study area.</param>
/// <param name="Periods">The study's periods, in the study's order.</param>
/// <param name="Baseline">The pooled baseline; null when the study names none.</param>
public sealed record AreaTrend(string AreaCode, string AreaName, IReadOnlyList<PeriodValue> Periods, PeriodValue? Baseline);

/// <summary>Every area's trend on one level for one indicator, and the whole study area's.</summary>
public sealed record TrendAssessment(IReadOnlyList<AreaTrend> Areas, AreaTrend Total)
{
    /// <summary>The area code of the whole study area's trend.</summary>
    public const string TotalCode = "TOTAL";
}
