using ScottPlot;

namespace GeoNeeds.Viewer.Charts;

/// <summary>Monthly counts of one or more inputs as lines.</summary>
public static class TrendChart
{
    /// <summary>
    /// One line per series over every month any series has (a month missing from a series counts 0; a NaN month,
    /// withheld, is a gap in its line), with the months as <c>yyyy-MM</c> along the foot.
    /// </summary>
    public static Plot Create(IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> countsBySeries, string countLabel, ChartText text)
    {
        var plot = ChartStyle.NewPlot(text, "Month", countLabel);
        var months = countsBySeries.Values.SelectMany(s => s.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var positions = months.Select((_, i) => (double)i).ToArray();
        var colours = Palettes.MapColours.Series;
        var index = 0;
        foreach (var (series, counts) in countsBySeries)
        {
            var line = plot.Add.Scatter(positions, months.Select(m => counts.GetValueOrDefault(m)).ToArray(), colours[index++ % colours.Count]);
            line.LegendText = series;
            line.LineWidth = 2;
            line.MarkerSize = 6;
        }

        ChartStyle.Ticks(plot.Axes.Bottom, positions, months);
        plot.Axes.Bottom.TickLabelStyle.Rotation = months.Count > 12 ? 45 : 0;
        plot.Axes.Margins(top: 0.05 + (0.05 * countsBySeries.Count));   // room above the highest month for the legend's lines
        ChartStyle.StartAtZero(plot, plot.Axes.Left);
        plot.Legend.Alignment = Alignment.UpperLeft;
        return plot;
    }
}
