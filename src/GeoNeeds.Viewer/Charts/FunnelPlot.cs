using GeoNeeds.Engine.Stats;
using ScottPlot;

namespace GeoNeeds.Viewer.Charts;

/// <summary>Rates against population with the control limits within which chance alone would keep them.</summary>
public static class FunnelPlot
{
    /// <summary>The populations at which the limit curves are drawn: log-spaced across the areas' range.</summary>
    public const int CurvePoints = 120;

    /// <summary>The most outliers named on a chart, so that names never crowd it out.</summary>
    public const int MostLabels = 10;

    /// <summary>
    /// Each area's rate at its population, the benchmark as a line, and the 95% (dashed) and 99.8% (solid) control
    /// limits of <see cref="FunnelLimits.ForRate"/> (Spiegelhalter 2005). Areas outside the 99.8% limits differ from
    /// the benchmark by more than chance would explain; the <see cref="MostLabels"/> furthest outside are named.
    /// </summary>
    public static Plot Create(IReadOnlyList<AreaRate> areas, double benchmark, double multiplier, string rateLabel, ChartText text)
    {
        var shown = areas.Where(a => a.IsShown && a.Population is > 0).ToList();
        var plot = ChartStyle.NewPlot(text with { Caption = RankedBarChart.CaptionWithOmitted(text.Caption, areas.Count - shown.Count) }, "Population", rateLabel);
        var points = plot.Add.ScatterPoints(shown.Select(a => a.Population!.Value).ToArray(), shown.Select(a => a.Rate!.Value).ToArray(), Color.FromHex("2166ac"));
        points.MarkerSize = 8;
        points.LegendText = "Areas";

        var populations = Curve(shown.Select(a => a.Population!.Value).DefaultIfEmpty(1).ToList());
        AddLimits(plot, populations, benchmark, multiplier, CrudeRate.Confidence95, LinePattern.Dashed, "95% limits");
        AddLimits(plot, populations, benchmark, multiplier, CrudeRate.Confidence998, LinePattern.Solid, "99.8% limits");
        plot.Add.HorizontalLine(benchmark, 2, Palettes.MapColours.Text).LegendText = $"Benchmark {benchmark:0.##}";
        foreach (var outlier in Outliers(shown, benchmark, multiplier).Take(MostLabels))
        {
            var label = plot.Add.Text(outlier.Name, outlier.Population!.Value, outlier.Rate!.Value);
            label.LabelFontSize = 11;
            label.LabelFontColor = Palettes.MapColours.Text;
            label.LabelAlignment = Alignment.LowerLeft;
            label.OffsetX = 6;
            label.OffsetY = -4;
        }

        ChartStyle.StartAtZero(plot, plot.Axes.Left);
        ChartStyle.StartAtZero(plot, plot.Axes.Bottom);
        plot.Legend.Alignment = Alignment.UpperRight;
        plot.Axes.Margins(bottom: 0.05, top: 0.3);   // room above the highest area for the legend: a city centre's outlier must not hide behind it
        return plot;
    }

    /// <summary>
    /// The areas outside the 99.8% limits, furthest first: distance beyond the limit crossed, in units of the
    /// limits' half-width at the area's population, so a small area's wide funnel does not flatter its distance.
    /// </summary>
    internal static IEnumerable<AreaRate> Outliers(IEnumerable<AreaRate> shown, double benchmark, double multiplier) => shown
        .Select(area => (Area: area, Beyond: Beyond(area, FunnelLimits.ForRate(benchmark, area.Population!.Value, multiplier, CrudeRate.Confidence998))))
        .Where(a => a.Beyond > 0)
        .OrderByDescending(a => a.Beyond)
        .ThenBy(a => a.Area.Name, StringComparer.Ordinal)
        .Select(a => a.Area);

    private static double Beyond(AreaRate area, (double Lower, double Upper) limits)
    {
        var rate = area.Rate!.Value;
        var halfWidth = Math.Max((limits.Upper - limits.Lower) / 2, double.Epsilon);
        return rate > limits.Upper ? (rate - limits.Upper) / halfWidth : rate < limits.Lower ? (limits.Lower - rate) / halfWidth : 0;
    }

    /// <summary>Populations from half the smallest to 1.1 × the largest, evenly spaced on a log scale.</summary>
    internal static double[] Curve(IReadOnlyList<double> populations)
    {
        var low = Math.Log(Math.Max(populations.Min() / 2, 1));
        var high = Math.Log(populations.Max() * 1.1);
        return [.. Enumerable.Range(0, CurvePoints).Select(i => Math.Exp(low + ((high - low) * i / (CurvePoints - 1))))];
    }

    private static void AddLimits(Plot plot, double[] populations, double benchmark, double multiplier, double confidence, LinePattern pattern, string label)
    {
        var limits = populations.Select(p => FunnelLimits.ForRate(benchmark, p, multiplier, confidence)).ToList();
        var colour = Color.FromHex("b2182b");
        var upper = plot.Add.ScatterLine(populations, limits.Select(l => l.Upper).ToArray(), colour);
        upper.LinePattern = pattern;
        upper.LegendText = label;
        var lower = plot.Add.ScatterLine(populations, limits.Select(l => l.Lower).ToArray(), colour);
        lower.LinePattern = pattern;
    }
}
