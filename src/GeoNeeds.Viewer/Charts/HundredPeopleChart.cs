using System.Globalization;
using GeoNeeds.Viewer.Palettes;
using ScottPlot;

namespace GeoNeeds.Viewer.Charts;

/// <summary>
/// "If a service supported 100 people": a one-page graphic of a service's headline outcomes, each as a grid of
/// 100 squares with as many filled as people it describes, as outcome reports present them to commissioners.
/// </summary>
public static class HundredPeopleChart
{
    /// <summary>The page's width in pixels: A4 portrait at 150 dots per inch.</summary>
    public const int PageWidth = 1240;

    /// <summary>The page's height in pixels: A4 portrait at 150 dots per inch.</summary>
    public const int PageHeight = 1754;

    private const int PanelsPerRow = 3;
    private const double Square = 0.86;
    private const double PanelWidth = 13;
    private const double NumberHeight = 2.6;
    private const double LabelHeight = 3.6;
    private const double HeadingHeight = 2.6;
    private const float LabelSize = 14;

    /// <summary>Pixels per unit of the panel layout on a page of <see cref="PageWidth"/>, for wrapping labels to a panel.</summary>
    private const float PixelsPerUnit = 28;

    /// <summary>
    /// One panel per headline, in the given order and grouped by section (each section starting a new row under its
    /// heading, in a colour of its own): the count as a number and as filled squares, read left to right and top
    /// to bottom, and the label beneath. A suppressed headline shows an empty grid and "suppressed".
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is below 0 or above 100.</exception>
    public static Plot Create(IReadOnlyList<HundredPeopleHeadline> headlines, ChartText text)
    {
        foreach (var headline in headlines)
        {
            if (headline.PerHundred is < 0 or > 100)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(headlines), headline.PerHundred, $"\"{headline.Label}\" is {headline.PerHundred} of 100 people; it must be from 0 to 100.");
            }
        }

        var plot = ChartStyle.NewPlot(text, "", "");
        var top = 0.0;
        var sections = headlines.Select(h => h.Section).Distinct(StringComparer.Ordinal).ToList();
        for (var s = 0; s < sections.Count; s++)
        {
            var colour = MapColours.Series[s % MapColours.Series.Count];
            Heading(plot, sections[s], top);
            top -= HeadingHeight;
            var panels = headlines.Where(h => h.Section == sections[s]).ToList();
            for (var i = 0; i < panels.Count; i++)
            {
                Panel(plot, panels[i], (i % PanelsPerRow) * PanelWidth, top - ((i / PanelsPerRow) * PanelHeight), colour);
            }

            top -= ((panels.Count + PanelsPerRow - 1) / PanelsPerRow) * PanelHeight;
        }

        plot.HideGrid();
        plot.Axes.Left.IsVisible = false;
        plot.Axes.Bottom.IsVisible = false;
        plot.Axes.Right.IsVisible = false;
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom, plot.Axes.Right, plot.Axes.Top })
        {
            axis.FrameLineStyle.Width = 0;
        }

        plot.Axes.SetLimits(-0.5, (PanelsPerRow * PanelWidth) - 2.5, top - 0.5, 0.5);
        plot.Axes.SquareUnits();
        return plot;
    }

    private static double PanelHeight => NumberHeight + 10 + LabelHeight;

    private static void Heading(Plot plot, string section, double top)
    {
        var heading = plot.Add.Text(section, 0, top);
        heading.LabelFontSize = 22;
        heading.LabelBold = true;
        heading.LabelFontColor = MapColours.Text;
        heading.LabelAlignment = Alignment.UpperLeft;
    }

    private static void Panel(Plot plot, HundredPeopleHeadline headline, double left, double top, Color colour)
    {
        var count = headline.PerHundred ?? 0;
        var number = plot.Add.Text(headline.PerHundred is { } value ? value.ToString(CultureInfo.InvariantCulture) : "suppressed", left, top);
        number.LabelFontSize = headline.PerHundred is null ? 18 : 34;
        number.LabelBold = true;
        number.LabelFontColor = headline.PerHundred is null ? MapColours.Suppressed : colour;
        number.LabelAlignment = Alignment.UpperLeft;

        var gridTop = top - NumberHeight;
        for (var i = 0; i < 100; i++)
        {
            var x = left + (i % 10);
            var y = gridTop - (i / 10);
            var square = plot.Add.Rectangle(x, x + Square, y - Square, y);
            square.FillColor = i < count ? colour : MapColours.NoData;
            square.LineWidth = 0;
        }

        var lines = Maps.TextWrap.Lines(headline.Label, 10 * PixelsPerUnit, LabelSize);
        var label = plot.Add.Text(string.Join('\n', lines), left, gridTop - 10.3);
        label.LabelFontSize = LabelSize;
        label.LabelFontColor = MapColours.Text;
        label.LabelAlignment = Alignment.UpperLeft;
    }
}
