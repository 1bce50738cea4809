using GeoNeeds.Engine.Indicators;
using ScottPlot;

namespace GeoNeeds.Viewer.Charts;

/// <summary>Rates by IMD decile with their 95% confidence intervals: the deprivation gradient.</summary>
public static class DecileRateChart
{
    /// <summary>
    /// One bar per decile (1 = most deprived) in the decile map colours, whiskers at the 95% limits of
    /// <see cref="InequalityMeasure.Deciles"/>, and a dashed line at the overall rate when given.
    /// </summary>
    /// <param name="decileLabel">What the deciles are, for the axis: <c>IMD 2019 decile</c> unless a study says otherwise.</param>
    public static Plot Create(IReadOnlyList<DecileRate> deciles, double? overall, string rateLabel, ChartText text, string decileLabel = "IMD 2019 decile")
    {
        var plot = ChartStyle.NewPlot(text, $"{decileLabel} (1 = most deprived)", rateLabel);
        var shown = deciles.Where(d => d.Rate.Value is not null).ToList();
        plot.Add.Bars(shown.Select(d => new Bar
        {
            Position = d.Decile,
            Value = d.Rate.Value!.Value,
            FillColor = Palettes.MapColours.Deciles[d.Decile - 1],
            LineColor = Palettes.MapColours.Outline,
            LineWidth = 0.5f,
            Size = 0.7,
        }).ToList());
        var whiskers = new ScottPlot.Plottables.ErrorBar(
            [.. shown.Select(d => (double)d.Decile)], [.. shown.Select(d => d.Rate.Value!.Value)], null, null,
            [.. shown.Select(d => d.Rate.Upper95!.Value - d.Rate.Value!.Value)], [.. shown.Select(d => d.Rate.Value!.Value - d.Rate.Lower95!.Value)])
        { LineColor = Palettes.MapColours.Text, CapSize = 6 };
        plot.Add.Plottable(whiskers);
        if (overall is { } value)
        {
            plot.Add.HorizontalLine(value, 2, Palettes.MapColours.Text, LinePattern.Dashed).LegendText = $"All areas {value:0.#}";
        }

        ChartStyle.DecileAxis(plot, plot.Axes.Bottom);
        ChartStyle.StartAtZero(plot, plot.Axes.Left);
        plot.Legend.Alignment = Alignment.UpperRight;
        return plot;
    }
}
