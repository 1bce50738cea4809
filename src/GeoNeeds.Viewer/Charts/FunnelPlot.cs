using GeoNeeds.Engine.Stats;
using ScottPlot;

namespace GeoNeeds.Viewer.Charts;

/// <summary>Rates against population with the control limits within which chance alone would keep them.</summary>
public static class FunnelPlot
{
    /// <summary>The populations at which the limit curves are drawn: log-spaced across the areas' range.</summary>
    public const int CurvePoints = 120;

    /// <summary>
    /// Each area's rate at its population, the benchmark as a line, and the 95% (dashed) and 99.8% (solid) control
    /// limits of <see cref="FunnelLimits.ForRate"/> (Spiegelhalter 2005). Areas outside the 99.8% limits differ from
    /// the benchmark by more than chance would explain.
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
        plot.Legend.Alignment = Alignment.UpperRight;
        plot.Axes.Margins(bottom: 0.05, top: 0.3);   // room above the highest area for the legend: a city centre's outlier must not hide behind it
        return plot;
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
