using GeoNeeds.Engine.Export;
using GeoNeeds.Viewer.Charts;
using ScottPlot;

namespace GeoNeeds.Viewer.Studies;

/// <summary>The charts of a study run: per level and indicator, and for the whole study.</summary>
internal static class StudyCharts
{
    private const int MostBars = 40;

    public static IEnumerable<string> DrawLevel(StudyContext context, LevelGraphics level, string folder)
    {
        for (var i = 0; i < context.Study.Indicators.Count; i++)
        {
            var name = $"{level.Name}_{context.Study.Indicators[i].Name}";
            var rates = context.Rates(level, i);
            var overall = context.OverallRate(i);
            var rateLabel = $"Rate {context.Per(i)}";
            var text = new ChartText($"{context.Label(i)}, by {level.Name}", $"{context.Study.Title}: {context.Subtitle(i)}", context.Attribution);
            if (rates.Count <= MostBars)
            {
                yield return Save(RankedBarChart.Create(rates, overall, "Study area", rateLabel, text), folder, $"{name}_ranked.png", height: 300 + (22 * rates.Count));
                if (Quadrant(context, level, i, rates) is { } points && overall is { } reference)
                {
                    var change = new ChartText($"{context.Label(i)}: rate and change, by {level.Name}", $"{context.Study.Title}: change from the first to the second half of {StudyContext.Period(context.InputOf(i))}", context.Attribution);
                    yield return Save(QuadrantChart.Create(points, reference, rateLabel, "Change in count (%)", change), folder, $"{name}_quadrant.png");
                }
            }

            if (overall is { } benchmark)
            {
                yield return Save(FunnelPlot.Create(rates, benchmark, context.Study.Indicators[i].Per, rateLabel, text with { Title = $"{context.Label(i)}: funnel plot, by {level.Name}" }), folder, $"{name}_funnel.png");
            }

            if (context.Study.Deprivation is not null)
            {
                var points = rates.Select(r => (r.Deprivation, r.IsShown ? r.Rate : null)).ToList();
                var deprivation = level.Level.IsBase ? "IMD 2019 decile" : "IMD 2019 decile (mean of LSOAs)";
                yield return Save(RateScatterChart.Create(points, deprivation, rateLabel, text with { Title = $"{context.Label(i)} against deprivation, by {level.Name}" }), folder, $"{name}_vs_imd.png");
            }
        }
    }

    public static IEnumerable<string> DrawStudy(StudyContext context, string folder)
    {
        var series = context.Result.Inputs.ToDictionary(
            input => input.Definition.Name,
            input => (IReadOnlyDictionary<string, double>)input.Counts.Cells.Where(c => c.Month.Length > 0).GroupBy(c => c.Month).ToDictionary(g => g.Key, g => (double)g.Sum(c => c.Count)));
        if (series.Values.Any(s => s.Count > 0))
        {
            var text = new ChartText("Events by month", context.Study.Title, context.Attribution);
            yield return Save(TrendChart.Create(series.Where(s => s.Value.Count > 0).ToDictionary(), "Events per month", text), folder, "monthly_counts.png");
        }

        if (context.Study.Deprivation is null)
        {
            yield break;
        }

        for (var i = 0; i < context.Study.Indicators.Count; i++)
        {
            var areas = context.Base.Table.Rows.Select(r => ((int?)r.DeprivationMean, (double)r.Indicators[i].Count, r.Population));
            var deciles = DecileRates.Of(areas, context.Study.Indicators[i].Per);
            var text = new ChartText($"{context.Label(i)}, by IMD decile", $"{context.Study.Title}: {context.Subtitle(i)}; areas pooled by decile", context.Attribution);
            yield return Save(DecileRateChart.Create(deciles, context.OverallRate(i), $"Rate {context.Per(i)}", text), folder, $"{context.Study.Indicators[i].Name}_by_imd_decile.png");
        }
    }

    /// <summary>Rate against the change between the two halves of the period, for areas whose half-period counts are not suppressed.</summary>
    private static IReadOnlyList<QuadrantPoint>? Quadrant(StudyContext context, LevelGraphics level, int indicator, IReadOnlyList<AreaRate> rates)
    {
        var input = context.InputOf(indicator);
        var counts = level.Level.IsBase ? input.Counts : input.Counts.RolledUp(level.Level.CodeFor, out _);
        var months = counts.Cells.Select(c => c.Month).Where(m => m.Length > 0).Distinct().ToList();
        if (months.Count < 2)
        {
            return null;
        }

        var byAreaMonth = counts.Cells.GroupBy(c => (c.Area, c.Month)).ToDictionary(g => g.Key, g => (double)g.Sum(c => c.Count));
        var threshold = context.Study.Output.SuppressBelow;
        var points = new List<QuadrantPoint>();
        foreach (var rate in rates.Where(r => r.IsShown))
        {
            var (earlier, later) = PercentChange.Halves(months, m => byAreaMonth.GetValueOrDefault((rate.Code, m)));
            if (!SmallCountSuppression.IsSuppressed((long)earlier, threshold) && !SmallCountSuppression.IsSuppressed((long)later, threshold)
                && PercentChange.Between(earlier, later) is { } change)
            {
                points.Add(new QuadrantPoint(rate.Name, rate.Rate!.Value, change));
            }
        }

        return points.Count > 0 ? points : null;
    }

    private static string Save(Plot plot, string folder, string name, int height = 800)
    {
        var relative = Path.Combine("charts", name);
        ChartFile.Save(plot, Path.Combine(folder, relative), 1200, Math.Max(600, height));
        return relative.Replace('\\', '/');
    }
}
