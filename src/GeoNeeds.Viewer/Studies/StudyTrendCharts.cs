using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish.Disclosure;
using GeoNeeds.Engine.Studies;
using GeoNeeds.Viewer.Charts;
using ScottPlot;

namespace GeoNeeds.Viewer.Studies;

/// <summary>
/// The charts of a study's periods (<see cref="GeoNeeds.Engine.Studies.StudyMeasures.Trend"/>, the numbers of
/// <c>&lt;level&gt;_trend.csv</c>): rates per period, the seasonal view, and the quadrant against the baseline.
/// </summary>
internal static class StudyTrendCharts
{
    /// <summary>Per indicator with a trend, the study area's rates per period and its counts by calendar month per period, as PNG and SVG.</summary>
    public static IEnumerable<string> Draw(StudyContext context, string folder)
    {
        for (var i = 0; i < context.Study.Indicators.Count; i++)
        {
            if (Rates(context, context.Base, i, [], title: null) is not { } rates)
            {
                continue;
            }

            var name = context.Study.Indicators[i].Name;
            var seasonal = Seasonal(context, context.Result.Measures.Trend[(context.Base.Name, i)].Total, i);
            foreach (var file in StudyCharts.Save(rates, folder, $"{name}_trend.png").Concat(StudyCharts.Save(seasonal, folder, $"{name}_seasonal.png")))
            {
                yield return file;
            }
        }
    }

    /// <summary>
    /// The study area's rate per period with its 95% limits, and the chosen <paramref name="areas"/> of the level
    /// beside it; null when the indicator has no trend. A withheld count leaves its period out of its line.
    /// </summary>
    public static Plot? Rates(StudyContext context, LevelGraphics level, int indicator, IReadOnlyList<string> areas, string? title)
    {
        if (!context.Result.Measures.Trend.TryGetValue((level.Name, indicator), out var trend))
        {
            return null;
        }

        PeriodRateSeries Series(AreaTrend area, string levelName) => new(area.AreaName,
            [.. area.Periods.Select(p => Withheld(context, indicator, levelName, area.AreaCode, p.Period.Name) ? null : p)],
            area.Baseline is { } b && !Withheld(context, indicator, levelName, area.AreaCode, TrendMeasure.BaselineName) ? b : null);
        var chosen = areas.Select(code => trend.Areas.FirstOrDefault(a => a.AreaCode == code)).OfType<AreaTrend>().Select(a => Series(a, level.Name));
        var series = new[] { Series(trend.Total with { AreaName = "Study area" }, "") }.Concat(chosen).ToList();
        // Periods of unequal length say how long they are, as their rates are annualised.
        var unequal = trend.Total.Periods.Select(p => p.Months).Distinct().Count() > 1;
        var periods = trend.Total.Periods.Select(p => unequal ? $"{p.Period.Name} ({p.Months} months)" : p.Period.Name).ToList();
        var baseline = $"Baseline, study area ({string.Join(", ", context.Study.Baseline)})";
        var text = new ChartText(title ?? $"{context.Label(indicator)}: rate by period", $"{context.Study.Title}: {Unit(context, indicator)}; 95% confidence limits", context.Attribution);
        return PeriodRateChart.Create(periods, series, $"Rate {Unit(context, indicator)}", baseline, text);
    }

    /// <summary>
    /// Each area's rate in the compared period (<c>compare</c>, by default the last) against its change from the
    /// baseline's rate (index − 100), split at the study area's rate in that period; null without a baseline.
    /// </summary>
    public static (IReadOnlyList<QuadrantPoint> Points, double Reference, string Compare)? Quadrant(StudyContext context, LevelGraphics level, int indicator)
    {
        if (context.Study.Baseline.Count == 0 || !context.Result.Measures.Trend.TryGetValue((level.Name, indicator), out var trend))
        {
            return null;
        }

        var compare = context.Study.Compare ?? trend.Total.Periods[^1].Period.Name;
        PeriodValue In(AreaTrend area) => area.Periods.Single(p => p.Period.Name == compare);
        var points = trend.Areas
            .Where(a => !Withheld(context, indicator, level.Name, a.AreaCode, compare) && !Withheld(context, indicator, level.Name, a.AreaCode, TrendMeasure.BaselineName))
            .Where(a => In(a).Rate.Value is not null && In(a).Index is not null)
            .Select(a => new QuadrantPoint(a.AreaName, In(a).Rate.Value!.Value, In(a).Index!.Value - 100))
            .ToList();
        return In(trend.Total).Rate.Value is { } reference && points.Count > 0 ? (points, reference, compare) : null;
    }

    /// <summary>"per 1,000 residents a year" when annualised, else per period.</summary>
    public static string Unit(StudyContext context, int indicator) => $"{context.Per(indicator)} {(context.Study.Annualise ? "a year" : "a period")}";

    private static Plot Seasonal(StudyContext context, AreaTrend total, int indicator)
    {
        var months = MonthTotals(context, context.InputOf(indicator));
        var periods = total.Periods.Select(p => (p.Period.Name, (IReadOnlyDictionary<int, double>)months
            .Where(m => p.Period.Holds(m.Key))
            .ToDictionary(m => int.Parse(m.Key[5..], System.Globalization.CultureInfo.InvariantCulture), m => m.Value))).ToList();
        var text = new ChartText($"{context.Label(indicator)}: events by month of the year", Subtitle(context, $"{context.Study.Title}: one line per period", [months]), context.Attribution);
        return SeasonalChart.Create(periods, "Events per month", text);
    }

    /// <summary>
    /// The study area's count of <paramref name="input"/> each month (<c>yyyy-MM</c>), as the run publishes it: a
    /// month the run withholds is NaN, which the charts draw as a gap.
    /// </summary>
    public static IReadOnlyDictionary<string, double> MonthTotals(StudyContext context, InputResult input) =>
        input.Counts.Cells.Where(c => c.Month.Length > 0).GroupBy(c => c.Month, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => context.Result.Disclosure.IsSuppressed(CountCellKey.StudyMonth(input.Definition.Name, g.Key)) ? double.NaN : g.Sum(c => c.Count),
            StringComparer.Ordinal);

    /// <summary><paramref name="subtitle"/>, saying what a gap means when a month of <paramref name="series"/> is withheld.</summary>
    public static string Subtitle(StudyContext context, string subtitle, IEnumerable<IReadOnlyDictionary<string, double>> series) =>
        series.Any(s => s.Values.Any(double.IsNaN)) ? $"{subtitle}; a gap is a month withheld (fewer than {context.Study.Output.SuppressBelow})" : subtitle;

    private static bool Withheld(StudyContext context, int indicator, string level, string area, string period) =>
        context.Result.Disclosure.IsSuppressed(CountCellKey.Period(context.Study.Indicators[indicator].Input, level, level.Length == 0 ? CountCellKey.TotalArea : area, period));
}
