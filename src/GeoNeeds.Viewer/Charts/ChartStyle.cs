using ScottPlot;
using ScottPlot.AxisPanels;

namespace GeoNeeds.Viewer.Charts;

/// <summary>The look every chart shares: DejaVu Sans, a title with a subtitle beneath it, and a caption along the foot.</summary>
internal static class ChartStyle
{
    private const string Font = "DejaVu Sans";

    /// <summary>The width the caption is wrapped to: a 1200-pixel chart less its margins, so the attribution is never cut off.</summary>
    private const float CaptionWidth = 1000;

    /// <summary>A new plot with the chart's text and axis labels set.</summary>
    public static Plot NewPlot(ChartText text, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(Font);
        plot.Title(text.Title);
        plot.Axes.Title.Label.FontSize = 20;
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        if (text.Subtitle is { } subtitle)
        {
            var top = (AxisBase)plot.Axes.Top;
            top.LabelText = subtitle;
            top.LabelFontSize = 13;
            top.LabelBold = false;
            top.LabelStyle.OffsetY = 10;
            top.MinimumSize = 40;
        }

        if (text.Caption is { } caption)
        {
            var foot = plot.Axes.AddBottomAxis();
            foot.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
            var lines = Maps.TextWrap.Lines(caption, CaptionWidth, 10);
            foot.LabelText = string.Join('\n', lines);
            foot.MinimumSize = 8 + (16 * lines.Count);
            foot.LabelFontSize = 10;
            foot.LabelBold = false;
            foot.FrameLineStyle.Width = 0;
            foot.MajorTickStyle.Length = 0;
            foot.MinorTickStyle.Length = 0;
        }

        return plot;
    }

    /// <summary>Text labels at the given positions of an axis (area names down a bar chart, months along a trend).</summary>
    public static void Ticks(IAxis axis, IReadOnlyList<double> positions, IReadOnlyList<string> labels)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < positions.Count; i++)
        {
            ticks.AddMajor(positions[i], labels[i]);
        }

        axis.TickGenerator = ticks;
    }
}
