using GeoNeeds.Engine.Indicators;
using ScottPlot;

namespace GeoNeeds.Viewer.Charts;

/// <summary>One area's rates through the study's periods, for <see cref="PeriodRateChart"/>; withheld periods have no rate.</summary>
public sealed record PeriodRateSeries(string Name, IReadOnlyList<PeriodValue?> Periods, PeriodValue? Baseline);

/// <summary>Rates per period with their 95% limits, for the whole study area and chosen areas: the trend of a needs assessment.</summary>
public static class PeriodRateChart
{
    /// <summary>
    /// One line of points per series over the periods (in <paramref name="periods"/>' order), whiskers at the 95%
    /// limits, each series a little apart so the whiskers do not overlap, and the first series' baseline rate as a
    /// dashed line labelled <paramref name="baselineLabel"/>. A withheld or unknown rate leaves a gap.
    /// </summary>
    /// <param name="periods">The periods' labels along the foot.</param>
    public static Plot Create(IReadOnlyList<string> periods, IReadOnlyList<PeriodRateSeries> series, string rateLabel, string baselineLabel, ChartText text)
    {
        var plot = ChartStyle.NewPlot(text, "Period", rateLabel);
        var colours = Palettes.MapColours.Series;
        var spread = series.Count > 1 ? 0.3 / (series.Count - 1) : 0;
        foreach (var (line, s) in series.Select((l, s) => (l, s)))
        {
            var colour = colours[s % colours.Count];
            var shown = line.Periods.Select((v, i) => (Value: v, Position: i - 0.15 + (s * spread) + (series.Count == 1 ? 0.15 : 0)))
                .Where(p => p.Value?.Rate.Value is not null).ToList();
            var points = plot.Add.Scatter(shown.Select(p => p.Position).ToArray(), shown.Select(p => p.Value!.Rate.Value!.Value).ToArray(), colour);
            points.LegendText = line.Name;
            points.LineWidth = 2;
            points.MarkerSize = 9;
            plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(
                [.. shown.Select(p => p.Position)], [.. shown.Select(p => p.Value!.Rate.Value!.Value)], null, null,
                [.. shown.Select(p => p.Value!.Rate.Upper95!.Value - p.Value.Rate.Value!.Value)], [.. shown.Select(p => p.Value!.Rate.Value!.Value - p.Value.Rate.Lower95!.Value)])
            { LineColor = colour, CapSize = 8, LineWidth = 1.5f });
        }

        if (series.Count > 0 && series[0].Baseline?.Rate.Value is { } baseline)
        {
            var line = plot.Add.HorizontalLine(baseline, 1.5f, Palettes.MapColours.Text, LinePattern.Dashed);
            line.LegendText = $"{baselineLabel}: {baseline:0.#}";
        }

        ChartStyle.Ticks(plot.Axes.Bottom, [.. periods.Select((_, i) => (double)i)], periods);
        plot.Axes.SetLimitsX(-0.6, periods.Count - 0.4);
        // Room above the highest whisker, so no cap sits on the frame.
        plot.Axes.Margins(bottom: 0, top: 0.12);
        plot.Axes.Rules.Add(new ScottPlot.AxisRules.LockedBottom(plot.Axes.Left, 0));
        plot.Legend.Alignment = Alignment.LowerRight;
        return plot;
    }
}
