using ScottPlot;

namespace GeoNeeds.Viewer.Charts;

/// <summary>An area's point on rate against change, labelled with its name.</summary>
public sealed record QuadrantPoint(string Name, double Rate, double Change);

/// <summary>
/// Rate against change, split into four quadrants at a reference rate and no change: the ward view needs
/// assessments print to pick out areas that are high and rising.
/// </summary>
public static class QuadrantChart
{
    /// <summary>Every area as a labelled point, lines at <paramref name="referenceRate"/> and at 0% change, and the quadrants named in their corners.</summary>
    public static Plot Create(IReadOnlyList<QuadrantPoint> points, double referenceRate, string rateLabel, string changeLabel, ChartText text)
    {
        var plot = ChartStyle.NewPlot(text, rateLabel, changeLabel);
        var scatter = plot.Add.ScatterPoints(points.Select(p => p.Rate).ToArray(), points.Select(p => p.Change).ToArray(), Color.FromHex("2166ac"));
        scatter.MarkerSize = 9;
        foreach (var point in points)
        {
            var label = plot.Add.Text(point.Name, point.Rate, point.Change);
            label.LabelFontSize = 11;
            label.LabelAlignment = Alignment.LowerLeft;
            label.OffsetX = 5;
            label.OffsetY = -3;
        }

        plot.Add.VerticalLine(referenceRate, 1.5f, Palettes.MapColours.Suppressed, LinePattern.Dashed);
        plot.Add.HorizontalLine(0, 1.5f, Palettes.MapColours.Suppressed, LinePattern.Dashed);
        // Explicit limits with room on every side, so no area sits under a quadrant's corner note.
        var (left, right) = Padded(points.Select(p => p.Rate).Append(referenceRate).ToList());
        left = points.All(p => p.Rate >= 0) && referenceRate >= 0 ? Math.Max(0, left) : left;   // a rate axis never runs below zero
        var (bottom, top) = Padded(points.Select(p => p.Change).Append(0).ToList());
        plot.Axes.SetLimits(left, right, bottom, top);
        Corner(plot, "Higher rate, rising", Alignment.UpperRight);
        Corner(plot, "Lower rate, rising", Alignment.UpperLeft);
        Corner(plot, "Higher rate, falling", Alignment.LowerRight);
        Corner(plot, "Lower rate, falling", Alignment.LowerLeft);
        return plot;
    }

    private static (double Low, double High) Padded(IReadOnlyList<double> values)
    {
        var (low, high) = (values.Min(), values.Max());
        var pad = Math.Max(high - low, 1) * 0.15;
        return (low - pad, high + pad);
    }

    private static void Corner(Plot plot, string text, Alignment corner)
    {
        var note = plot.Add.Annotation(text, corner);
        note.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        note.LabelShadowColor = Colors.Transparent;
        note.LabelBorderColor = Palettes.MapColours.Suppressed;
        note.LabelFontColor = Palettes.MapColours.Text;
    }
}
