using System.Globalization;
using GeoNeeds.Engine.Stats;
using ScottPlot;

namespace GeoNeeds.Viewer.Charts;

/// <summary>One variable against another (a rate against IMD, or any two columns) with the least-squares line.</summary>
public static class RateScatterChart
{
    /// <summary>
    /// The points, the ordinary least-squares line across their range, and a legend giving the line, Pearson's r
    /// and Spearman's ρ (<see cref="Correlation.Summarise"/>). Pairs with a missing value are left out; with fewer
    /// than three pairs, or a constant variable, the chart shows the points alone.
    /// </summary>
    /// <param name="xIsDecile">Whether x is an IMD decile (or a mean of deciles): then the axis is ticked at the whole deciles 1 to 10.</param>
    public static Plot Create(IReadOnlyList<(double? X, double? Y)> points, string xLabel, string yLabel, ChartText text, bool xIsDecile = false)
    {
        var pairs = points.Where(p => p.X is not null && p.Y is not null).Select(p => (X: p.X!.Value, Y: p.Y!.Value)).ToList();
        var plot = ChartStyle.NewPlot(text with { Caption = RankedBarChart.CaptionWithOmitted(text.Caption, points.Count - pairs.Count) }, xLabel, yLabel);
        var scatter = plot.Add.ScatterPoints(pairs.Select(p => p.X).ToArray(), pairs.Select(p => p.Y).ToArray(), Color.FromHex("2166ac"));
        scatter.MarkerSize = 8;
        scatter.LegendText = $"Areas (n = {pairs.Count})";

        var fit = pairs.Count >= Correlation.MinimumPairs ? Correlation.Summarise([.. pairs.Select(p => p.X)], [.. pairs.Select(p => p.Y)]) : null;
        if (fit is { Intercept: { } intercept, Slope: { } slope, PearsonR: not null, SpearmanRho: not null })
        {
            double from = pairs.Min(p => p.X), to = pairs.Max(p => p.X);
            var line = plot.Add.Line(from, intercept + (slope * from), to, intercept + (slope * to));
            line.Color = Color.FromHex("b2182b");
            line.LineWidth = 2;
            line.LegendText = Describe(fit);
        }

        if (xIsDecile)
        {
            ChartStyle.DecileAxis(plot, plot.Axes.Bottom);
        }
        else if (pairs.All(p => p.X >= 0))
        {
            ChartStyle.StartAtZero(plot, plot.Axes.Bottom);
        }

        if (pairs.All(p => p.Y >= 0))
        {
            ChartStyle.StartAtZero(plot, plot.Axes.Left);
        }

        plot.Legend.Alignment = Alignment.UpperRight;
        return plot;
    }

    /// <summary>The legend text of a fit, e.g. "OLS y = 3.00 + 0.500x; r = 0.82, ρ = 0.79".</summary>
    internal static string Describe(CorrelationSummary fit) => string.Create(CultureInfo.InvariantCulture,
        $"OLS y = {fit.Intercept:0.###} {(fit.Slope < 0 ? "−" : "+")} {Math.Abs(fit.Slope!.Value):0.###}x; r = {fit.PearsonR:0.00}, ρ = {fit.SpearmanRho:0.00}");
}
