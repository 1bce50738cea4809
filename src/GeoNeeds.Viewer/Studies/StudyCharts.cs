using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish.Disclosure;
using GeoNeeds.Engine.Studies;
using GeoNeeds.Viewer.Charts;
using ScottPlot;

namespace GeoNeeds.Viewer.Studies;

/// <summary>The charts of a study run: per level and indicator, and for the whole study.</summary>
internal static class StudyCharts
{
    private const int MostBars = 40;

    /// <summary>The chart kinds drawn per level and indicator, as a study file names them; in drawing order.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["ranked", "quadrant", "funnel", "imd"];

    /// <summary>The chart kinds a study file may declare: those drawn per level, and <c>trend</c> (rates per period, with chosen areas).</summary>
    public static readonly IReadOnlyList<string> DeclaredKinds = [.. Kinds, "trend"];

    public static IEnumerable<string> DrawLevel(StudyContext context, LevelGraphics level, string folder)
    {
        for (var i = 0; i < context.Study.Indicators.Count; i++)
        {
            foreach (var kind in Kinds)
            {
                if (Create(context, level, i, kind, title: null) is { } chart)
                {
                    foreach (var file in Save(chart.Plot, folder, $"{level.Name}_{context.Study.Indicators[i].Name}_{FileSuffix(kind)}.png", chart.Height))
                    {
                        yield return file;
                    }
                }
            }
        }
    }

    /// <summary>
    /// A chart of one kind, or null when the study's data cannot make it (no benchmark, no deprivation, too many bars,
    /// fewer than two months, no periods). The quadrant sets the compared period against the baseline when the study
    /// has one, else the change between <c>needs.change</c>'s periods.
    /// </summary>
    /// <param name="areas">For a trend: the level's areas drawn beside the study area.</param>
    public static (Plot Plot, int Height)? Create(StudyContext context, LevelGraphics level, int i, string kind, string? title, IReadOnlyList<string>? areas = null)
    {
        var rates = context.Rates(level, i);
        areas ??= [];
        var overall = context.OverallRate(i);
        var rateLabel = $"Rate {context.Per(i)}";
        var text = new ChartText(title ?? $"{context.Label(i)}, by {level.Title}", $"{context.Study.Title}: {context.Subtitle(i)}", context.Attribution);
        switch (kind)
        {
            case "ranked" when rates.Count <= MostBars:
                return (RankedBarChart.Create(rates, overall, "Study area", rateLabel, text), 300 + (22 * rates.Count));
            case "quadrant" when rates.Count <= MostBars && StudyTrendCharts.Quadrant(context, level, i) is { } baseline:
                var against = new ChartText(title ?? $"{context.Label(i)}: rate and change, by {level.Title}",
                    $"{context.Study.Title}: {baseline.Compare} against the baseline ({string.Join(", ", context.Study.Baseline)})", context.Attribution);
                return (QuadrantChart.Create(baseline.Points, baseline.Reference, $"Rate {StudyTrendCharts.Unit(context, i)}, {baseline.Compare}", "Change in rate from the baseline (%)", against), 800);
            case "trend" when StudyTrendCharts.Rates(context, level, i, areas, title) is { } trend:
                return (trend, 800);
            case "quadrant" when rates.Count <= MostBars && Quadrant(context, level, i) is ({ } points, { } reference, { } periods):
                var change = new ChartText(title ?? $"{context.Label(i)}: rate and change, by {level.Title}", $"{context.Study.Title}: change from {StudyContext.Period(periods.FirstBefore, periods.LastBefore)} to {StudyContext.Period(periods.FirstAfter, periods.LastAfter)}", context.Attribution);
                return (QuadrantChart.Create(points, reference, $"{rateLabel}, {StudyContext.Period(periods.FirstAfter, periods.LastAfter)}", "Change in count (%)", change), 800);
            case "funnel" when overall is { } benchmark:
                return (FunnelPlot.Create(rates, benchmark, context.Study.Indicators[i].Per, rateLabel, text with { Title = title ?? $"{context.Label(i)}: funnel plot, by {level.Title}" }), 800);
            case "imd" when context.Deprivation is { } index:
                var scatter = rates.Select(r => (r.Deprivation, r.IsShown ? r.Rate : null)).ToList();
                var deprivation = level.Level.IsBase ? $"{index.Edition} decile" : $"{index.Edition} decile (mean of LSOAs)";
                return (RateScatterChart.Create(scatter, deprivation, rateLabel, text with { Title = title ?? $"{context.Label(i)} against deprivation, by {level.Title}" }, xIsDecile: true), 800);
            default:
                return null;
        }
    }

    /// <summary>The file-name ending of a chart kind: <c>ward_da_incidents_vs_imd.png</c>.</summary>
    public static string FileSuffix(string kind) => kind == "imd" ? "vs_imd" : kind;

    public static IEnumerable<string> DrawStudy(StudyContext context, string folder)
    {
        var series = context.Result.Inputs.ToDictionary(
            input => SeriesLabel(context, input.Definition.Name),
            input => StudyTrendCharts.MonthTotals(context, input));
        var drawn = series.Where(s => s.Value.Count > 0).ToDictionary();
        if (drawn.Count > 0)
        {
            var title = drawn.Count == 1 ? $"{drawn.Keys.Single()}, number each month" : "Number recorded each month, by source";
            var text = new ChartText(title, StudyTrendCharts.Subtitle(context, context.Study.Title, drawn.Values), context.Attribution);
            foreach (var file in Save(TrendChart.Create(drawn, "Number per month", text), folder, "monthly_counts.png"))
            {
                yield return file;
            }
        }

        foreach (var chart in StudyTrendCharts.Draw(context, folder))
        {
            yield return chart;
        }

        if (context.Deprivation is not { } index)
        {
            yield break;
        }

        for (var i = 0; i < context.Study.Indicators.Count; i++)
        {
            var indicator = context.Study.Indicators[i];
            var deciles = context.Result.Measures.Deciles![i]
                .Where(d => !context.Result.Disclosure.IsSuppressed(CountCellKey.Decile(indicator.Name, d.Decile))).ToList();
            var text = new ChartText($"{context.Label(i)}, by {index.Abbreviation} decile", $"{context.Study.Title}: {context.Subtitle(i)}; areas pooled by decile", context.Attribution);
            foreach (var file in Save(DecileRateChart.Create(deciles, context.OverallRate(i), $"Rate {context.Per(i)}", text, $"{index.Edition} decile"), folder, $"{indicator.Name}_by_imd_decile.png"))
            {
                yield return file;
            }
        }
    }

    /// <summary>
    /// The run's change result (<see cref="StudyMeasures.Change"/>, the numbers of <c>&lt;level&gt;_change.csv</c>): each
    /// area's later rate against its percentage change, for areas whose counts are not suppressed, and the overall
    /// later rate the quadrants split at.
    /// </summary>
    private static (IReadOnlyList<QuadrantPoint>? Points, double? Reference, ChangePeriods? Periods) Quadrant(StudyContext context, LevelGraphics level, int indicator)
    {
        var input = context.InputOf(indicator);
        if (StudyChange.Periods(context.Study, input) is not { } periods || !context.Result.Measures.Change.TryGetValue((level.Name, indicator), out var assessment))
        {
            return (null, null, null);
        }

        var source = context.Study.Indicators[indicator].Input;
        bool Withheld(string area, string period) => context.Result.Disclosure.IsSuppressed(CountCellKey.Period(source, level.Name, area, period));
        var points = assessment.Areas
            .Where(r => !Withheld(r.Area.AreaCode, CountCellKey.Before) && !Withheld(r.Area.AreaCode, CountCellKey.After))
            .Where(r => r.RateAfter.Value is not null && r.ChangePercent is not null)
            .Select(r => new QuadrantPoint(r.Area.AreaName, r.RateAfter.Value!.Value, r.ChangePercent!.Value))
            .ToList();
        return (points.Count > 0 ? points : null, assessment.OverallRate, periods);
    }

    /// <summary>
    /// What an input counts, in words: the label of the first indicator made from it without its "per 1,000
    /// residents" (a monthly line is a count, not a rate), or the input's name in words when no indicator has a label.
    /// </summary>
    internal static string SeriesLabel(StudyContext context, string input)
    {
        var label = context.Study.Indicators.FirstOrDefault(d => d.Input == input && d.Label is not null)?.Label;
        if (label is null)
        {
            var words = input.Replace('_', ' ');
            return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
        }

        return System.Text.RegularExpressions.Regex.Replace(label, @"\s+per\s+[\d,]+\s+\w+$", "");
    }

    /// <summary>Saves a chart as <c>charts/&lt;name&gt;</c> and, for print, as an SVG beside it when the name is a PNG; returns the files written.</summary>
    public static IReadOnlyList<string> Save(Plot plot, string folder, string name, int height = 800)
    {
        var path = Path.Combine(folder, "charts", name);
        var tall = Math.Max(600, height);
        IReadOnlyList<string> written = name.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? ChartFile.SavePngAndSvg(plot, path, 1200, tall) : [path];
        if (written.Count == 1)
        {
            ChartFile.Save(plot, path, 1200, tall);   // an SVG declared in the study file is written once
        }

        return [.. written.Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/'))];
    }
}
