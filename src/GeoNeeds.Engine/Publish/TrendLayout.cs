using GeoNeeds.Engine.Indicators;

namespace GeoNeeds.Engine.Publish;

/// <summary>The row layout of <c>&lt;level&gt;_trend.csv</c>: one area in one period (or its baseline) per row.</summary>
public static class TrendLayout
{
    /// <summary>The columns of one area's period.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["area_code", "area_name", "period", "first_month", "last_month", "months", "count", "denominator", "person_time", "rate", "lower_95", "upper_95", "index"];

    /// <summary>
    /// One area's period. A withheld count (<paramref name="hidden"/>) shows the suppressed mark and no rate, limits or
    /// index (each, with the person-time shown, gives the count back); a withheld baseline (<paramref name="baselineHidden"/>)
    /// leaves the index out too, as the index and the period's rate give the baseline's rate.
    /// </summary>
    public static IReadOnlyList<object?> Row(AreaTrend area, PeriodValue value, bool hidden, bool baselineHidden)
    {
        var rate = value.Rate;
        return [area.AreaCode, area.AreaName, value.Period.Name, value.Period.First, value.Period.Last, value.Months, PublishedCount.Cell(value.Count, hidden),
            value.Denominator, rate.Population, hidden ? null : rate.Value, hidden ? null : rate.Lower95, hidden ? null : rate.Upper95,
            hidden || baselineHidden ? null : value.Index];
    }
}
