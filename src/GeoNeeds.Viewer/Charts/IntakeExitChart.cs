using System.Globalization;
using GeoNeeds.Viewer.Palettes;
using ScottPlot;

namespace GeoNeeds.Viewer.Charts;

/// <summary>
/// Intake against exit as grouped bars: for each group (an abuse type, a risk band) the percentage of its cases at
/// intake beside the percentage at exit, as outcome reports print them.
/// </summary>
public static class IntakeExitChart
{
    /// <summary>The label of the intake bars in the legend.</summary>
    public const string IntakeLabel = "At intake";

    /// <summary>The label of the exit bars in the legend.</summary>
    public const string ExitLabel = "At exit";

    /// <summary>The colour of the intake bars: Okabe and Ito's blue.</summary>
    public static Color IntakeColour => MapColours.Series[0];

    /// <summary>The colour of the exit bars: Okabe and Ito's vermilion, told from the blue by every kind of colour vision.</summary>
    public static Color ExitColour => MapColours.Series[1];

    /// <summary>
    /// Two bars per group, intake then exit, each labelled with its whole percentage (or "suppressed", with no bar);
    /// the group's name and n beneath; a percentage axis from 0 in whole numbers.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A percentage is below 0 or above 100.</exception>
    public static Plot Create(IReadOnlyList<IntakeExitGroup> groups, ChartText text)
    {
        var values = groups.SelectMany(g => new[] { g.AtIntake, g.AtExit }).OfType<double>().ToList();
        foreach (var value in values.Where(v => v is < 0 or > 100 || double.IsNaN(v)))
        {
            throw new ArgumentOutOfRangeException(nameof(groups), value, "A percentage must be from 0 to 100.");
        }

        var plot = ChartStyle.NewPlot(text, "", "Cases (%)");
        var bars = groups.SelectMany((group, i) => new[] { Bar(i * 3, group.AtIntake, IntakeColour), Bar((i * 3) + 1, group.AtExit, ExitColour) }).ToList();
        var plotted = plot.Add.Bars(bars);
        plotted.ValueLabelStyle.FontSize = 16;
        plotted.ValueLabelStyle.ForeColor = MapColours.Text;

        ChartStyle.Ticks(plot.Axes.Bottom, [.. groups.Select((_, i) => (i * 3) + 0.5)], [.. groups.Select(Label)]);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 15;
        plot.Axes.Bottom.MinimumSize = 70;
        var top = Math.Min(100, Math.Ceiling(((values.Count == 0 ? 0 : values.Max()) + 8) / 10) * 10);
        var step = top > 60 ? 20 : 10;
        var ticks = Enumerable.Range(0, (int)(top / step) + 1).Select(t => (double)(t * step)).ToList();
        ChartStyle.Ticks(plot.Axes.Left, ticks, [.. ticks.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t:0}%"))]);
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        plot.Axes.Left.Label.FontSize = 16;

        plot.Legend.ManualItems.Add(new LegendItem { LabelText = IntakeLabel, FillColor = IntakeColour });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = ExitLabel, FillColor = ExitColour });
        plot.Legend.Alignment = Alignment.UpperRight;
        plot.Legend.FontSize = 15;
        plot.Axes.SetLimits(-1, (groups.Count * 3) - 1, 0, top + (step / 2.0));
        return plot;
    }

    private static Bar Bar(double position, double? percent, Color colour) => new()
    {
        Position = position,
        Value = percent ?? 0,
        FillColor = colour,
        LineWidth = 0,
        Size = 0.9,
        Label = percent is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value:0}%") : "suppressed",
    };

    private static string Label(IntakeExitGroup group) => group.N switch
    {
        null => group.Label,
        { } n => string.Create(CultureInfo.InvariantCulture, $"{group.Label}\n(n = {n:N0})"),
    };
}
