using System.Globalization;
using ScottPlot;

namespace GeoNeeds.Viewer.Charts;

/// <summary>Counts by calendar month, one line per period: the seasonal view of a trend.</summary>
public static class SeasonalChart
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames[..12];

    /// <summary>
    /// One line per period over January to December, at the months the period has (a partial year's line starts or
    /// stops where its months do; a NaN month, withheld, is a gap in its line).
    /// </summary>
    /// <param name="countsByPeriod">Per period, in order, the counts by calendar month (1 to 12).</param>
    public static Plot Create(IReadOnlyList<(string Period, IReadOnlyDictionary<int, double> Counts)> countsByPeriod, string countLabel, ChartText text)
    {
        var plot = ChartStyle.NewPlot(text, "Month", countLabel);
        var colours = Palettes.MapColours.Series;
        foreach (var ((period, counts), i) in countsByPeriod.Select((p, i) => (p, i)))
        {
            var months = counts.Keys.Order().ToList();
            var line = plot.Add.Scatter(months.Select(m => (double)m).ToArray(), months.Select(m => counts[m]).ToArray(), colours[i % colours.Count]);
            line.LegendText = period;
            line.LineWidth = 2;
            line.MarkerSize = 7;
        }

        ChartStyle.Ticks(plot.Axes.Bottom, [.. Enumerable.Range(1, 12).Select(m => (double)m)], MonthNames);
        plot.Axes.SetLimitsX(0.5, 12.5);
        plot.Axes.Rules.Add(new ScottPlot.AxisRules.LockedBottom(plot.Axes.Left, 0));
        plot.Legend.Alignment = Alignment.LowerCenter;
        return plot;
    }
}
