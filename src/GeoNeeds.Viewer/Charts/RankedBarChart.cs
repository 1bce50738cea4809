using GeoNeeds.Viewer.Maps;
using GeoNeeds.Viewer.Palettes;
using ScottPlot;

namespace GeoNeeds.Viewer.Charts;

/// <summary>Areas ranked by rate: one bar each with its 95% confidence interval, coloured by its class on the rate map.</summary>
public static class RankedBarChart
{
    /// <summary>
    /// Horizontal bars, highest rate at the top, whiskers at the 95% limits, a dashed line at the benchmark, and
    /// each bar in the colour of its class on the indicator's rate map (<see cref="LayerShading.Rate"/>: quantile
    /// classes of ColorBrewer's YlOrRd, so the highest rate is the darkest), with the map's legend in the map's
    /// order. Areas with suppressed or missing rates are left out and counted in the caption.
    /// </summary>
    public static Plot Create(IReadOnlyList<AreaRate> areas, double? benchmark, string benchmarkLabel, string rateLabel, ChartText text)
    {
        var shown = areas.Where(a => a.IsShown).OrderBy(a => a.Rate).ThenByDescending(a => a.Name, StringComparer.Ordinal).ToList();
        var left = areas.Count - shown.Count;
        var plot = ChartStyle.NewPlot(text with { Caption = CaptionWithOmitted(text.Caption, left) }, rateLabel, "");
        var shading = LayerShading.Rate(areas.DistinctBy(a => a.Code).ToDictionary(a => a.Code, a => new MapValue(a.Rate, a.Suppressed)));
        var bars = shown.Select((area, i) => new Bar
        {
            Position = i,
            Value = area.Rate!.Value,
            FillColor = shading.Classes[shading.Areas[area.Code].ClassIndex].Fill,
            LineColor = MapColours.Outline,
            LineWidth = 0.5f,
            Size = 0.7,
        }).ToList();
        plot.Add.Bars(bars).Horizontal = true;

        var withLimits = shown.Select((a, i) => (a, i)).Where(p => p.a.Lower95 is not null && p.a.Upper95 is not null).ToList();
        var whiskers = new ScottPlot.Plottables.ErrorBar(
            [.. withLimits.Select(p => p.a.Rate!.Value)], [.. withLimits.Select(p => (double)p.i)],
            [.. withLimits.Select(p => p.a.Upper95!.Value - p.a.Rate!.Value)], [.. withLimits.Select(p => p.a.Rate!.Value - p.a.Lower95!.Value)],
            null, null)
        { LineColor = MapColours.Text, CapSize = 4 };
        plot.Add.Plottable(whiskers);

        if (benchmark is { } value)
        {
            var line = plot.Add.VerticalLine(value, 2, MapColours.Text, LinePattern.Dashed);
            line.LegendText = $"{benchmarkLabel} {value:0.#}";
        }

        ChartStyle.Ticks(plot.Axes.Left, [.. shown.Select((_, i) => (double)i)], [.. shown.Select(a => a.Name)]);
        foreach (var shade in shading.Classes)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = shade.Label, FillColor = shade.Fill });
        }

        plot.Legend.Alignment = Alignment.LowerRight;
        plot.Axes.Margins(left: 0, right: 0.05, bottom: 0.02, top: 0.02);
        ChartStyle.StartAtZero(plot, plot.Axes.Bottom);
        return plot;
    }

    internal static string? CaptionWithOmitted(string? caption, int omitted)
    {
        if (omitted == 0)
        {
            return caption;
        }

        var note = $"{omitted} area(s) with a suppressed or missing rate not shown.";
        return caption is null ? note : $"{note} {caption}";
    }
}
