using GeoNeeds.Engine.Indicators;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// A study's trend for one indicator on one level (<see cref="TrendMeasure"/>): each area's and the whole study
/// area's count, denominator and rate per period and against the baseline, as <c>&lt;level&gt;_trend.csv</c>
/// publishes them and the trend and quadrant charts draw them.
/// </summary>
internal static class StudyTrend
{
    /// <param name="baseTable">The first level's table, whose areas sum to the whole study area.</param>
    /// <param name="counted">The areas the input was counted in (<see cref="StudyCells"/>).</param>
    /// <param name="periodDenominators">Per period, each indicator's denominator per area counted in, or null to use the table's (<see cref="StudyPeriods.Denominators"/>).</param>
    public static TrendAssessment Assess(StudyDefinition study, StudyLevel level, LevelTable table, LevelTable baseTable, IReadOnlyList<string> counted, InputResult input, int indicator,
        IReadOnlyList<IReadOnlyList<IReadOnlyDictionary<string, double>>?> periodDenominators)
    {
        var periods = StudyPeriods.Of(study);
        var counts = periods.Select(p => LevelCounts.Of(input, level, p.Holds)).ToList();
        var baseCounts = periods.Select(p => input.Counts.Cells.Where(c => p.Holds(c.Month)).Sum(c => c.Count)).ToList();
        var members = level.IsCountedDirectly ? null : counted.Where(c => level.CodeFor(c) is not null).ToLookup(c => level.CodeFor(c)!, StringComparer.Ordinal);
        var definition = study.Indicators[indicator];

        double? Denominator(int period, AreaRow row, IEnumerable<string> memberCodes) => periodDenominators[period] is { } own
            ? Sum(own[indicator], memberCodes)
            : row.Indicators[indicator].Rate.Population;

        AreaTrend Of(string code, string name, Func<int, long> count, Func<int, double?> denominator) =>
            TrendMeasure.Assess(code, name, [.. periods.Select((p, n) => (p, count(n), denominator(n)))], study.Baseline, study.Annualise, definition.Per);

        var areas = table.Rows.Select(row => Of(row.Code, row.Name, n => counts[n].GetValueOrDefault(row.Code),
            n => Denominator(n, row, members is null ? [row.Code] : members[row.Code]))).ToList();
        var total = Of(TrendAssessment.TotalCode, study.Title, n => baseCounts[n], n => TotalDenominator(baseTable, counted, indicator, periodDenominators[n]));
        return new TrendAssessment(areas, total);
    }

    private static double? TotalDenominator(LevelTable baseTable, IReadOnlyList<string> counted, int indicator, IReadOnlyList<IReadOnlyDictionary<string, double>>? own) =>
        own is not null ? Sum(own[indicator], counted)
        : baseTable.Rows.Any(r => r.Indicators[indicator].Rate.Population is null) ? null
        : baseTable.Rows.Sum(r => r.Indicators[indicator].Rate.Population!.Value);

    private static double? Sum(IReadOnlyDictionary<string, double> baseValues, IEnumerable<string> codes)
    {
        var list = codes.ToList();
        return list.Count > 0 && list.All(baseValues.ContainsKey) ? list.Sum(c => baseValues[c]) : null;
    }
}
