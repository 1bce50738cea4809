using ScottPlot;
using ScottPlot.AxisPanels;

namespace GeoNeeds.Viewer.Charts;

/// <summary>The look every chart shares: DejaVu Sans, a title with a subtitle beneath it, and a caption along the foot.</summary>
internal static class ChartStyle
{
    private const string Font = "DejaVu Sans";

    /// <summary>The width the caption is wrapped to: a 1200-pixel chart less its margins, so the attribution is never cut off.</summary>
    private const float CaptionWidth = 1000;

    /// <summary>The width a title is wrapped to: a 1200-pixel chart less 50 pixels a side, so a long indicator label is never cut off.</summary>
    internal const float TitleWidth = 1100;

    private const float TitleSize = 20;

    /// <summary>A new plot with the chart's text and axis labels set.</summary>
    public static Plot NewPlot(ChartText text, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(Font);
        plot.Title(string.Join('\n', Maps.TextWrap.Lines(text.Title, TitleWidth, TitleSize)));
        plot.Axes.Title.Label.FontSize = TitleSize;
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

    /// <summary>An IMD decile axis: whole-number ticks 1 to 10 and room for half a decile either side.</summary>
    public static void DecileAxis(Plot plot, IXAxis axis)
    {
        var deciles = Enumerable.Range(1, 10).ToList();
        Ticks(axis, [.. deciles.Select(d => (double)d)], [.. deciles.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        plot.Axes.Rules.Add(new ScottPlot.AxisRules.LockedHorizontal(axis, 0.5, 10.5));
    }

    /// <summary>Starts a rate or count axis at zero, as a reader of a printed chart expects of data that cannot be negative.</summary>
    public static void StartAtZero(Plot plot, IYAxis axis) => plot.Axes.Rules.Add(new ScottPlot.AxisRules.LockedBottom(axis, 0));

    /// <inheritdoc cref="StartAtZero(Plot, IYAxis)"/>
    public static void StartAtZero(Plot plot, IXAxis axis) => plot.Axes.Rules.Add(new ScottPlot.AxisRules.LockedLeft(axis, 0));
}
