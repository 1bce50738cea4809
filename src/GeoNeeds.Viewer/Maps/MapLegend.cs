using SkiaSharp;

namespace GeoNeeds.Viewer.Maps;

/// <summary>One line of a map's legend: the class words, its colour (or hatching) and how many areas it holds.</summary>
public sealed record LegendEntry(string Label, ScottPlot.Color Fill, int Count, bool Hatched = false)
{
    /// <summary>The count as printed beside the label.</summary>
    public string CountText => $"({Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)})";
}

/// <summary>The legend of a choropleth: a heading, the method, and one swatch per class with its count.</summary>
internal sealed class MapLegend
{
    public const string SuppressedLabel = "Withheld (small count or protecting one)";
    public const string NoDataLabel = "No data";

    private const float TitleSize = 16;
    private const float TextSize = 13;
    private const float RowHeight = 24;
    private const float Swatch = 28;
    private const float Gap = 10;

    public MapLegend(string title, string method, IReadOnlyList<LegendEntry> entries)
    {
        Title = title;
        Method = method;
        Entries = entries;
        var labelWidth = entries.Select(e => MapFont.Width(e.Label, TextSize)).DefaultIfEmpty(0).Max();
        var countWidth = entries.Select(e => MapFont.Width(e.CountText, TextSize)).DefaultIfEmpty(0).Max();
        Width = Math.Max(
            Math.Max(MapFont.Width(title, TitleSize, bold: true), MapFont.Width(method, TextSize - 1)),
            Swatch + Gap + labelWidth + Gap + countWidth);
    }

    public string Title { get; }

    public string Method { get; }

    public IReadOnlyList<LegendEntry> Entries { get; }

    /// <summary>The width the legend needs, in pixels.</summary>
    public float Width { get; }

    /// <summary>
    /// The entries of a shading: every class with the number of areas in it (zero included), then suppressed and
    /// no-data areas when there are any. Areas of the map absent from the shading count as no data.
    /// </summary>
    public static IReadOnlyList<LegendEntry> EntriesOf(MapShading shading, IEnumerable<string> mapCodes)
    {
        var counts = new int[shading.Classes.Count];
        int suppressed = 0, noData = 0;
        foreach (var code in mapCodes)
        {
            var shade = shading.Areas.GetValueOrDefault(code, AreaShade.NoData);
            switch (shade.Kind)
            {
                case AreaShadeKind.Classified:
                    counts[shade.ClassIndex]++;
                    break;
                case AreaShadeKind.Suppressed:
                    suppressed++;
                    break;
                default:
                    noData++;
                    break;
            }
        }

        var entries = shading.Classes.Select((c, i) => new LegendEntry(c.Label, c.Fill, counts[i])).ToList();
        if (suppressed > 0)
        {
            entries.Add(new LegendEntry(SuppressedLabel, Palettes.MapColours.Suppressed, suppressed, Hatched: true));
        }

        if (noData > 0)
        {
            entries.Add(new LegendEntry(NoDataLabel, Palettes.MapColours.NoData, noData));
        }

        return entries;
    }

    /// <summary>Draws the legend with its top-left corner at (x, y).</summary>
    public void Draw(IMapCanvas canvas, float x, float y)
    {
        canvas.Text(Title, x, y + TitleSize, TitleSize, bold: true);
        canvas.Text(Method, x, y + TitleSize + 20, TextSize - 1);
        var top = y + TitleSize + 34;
        foreach (var entry in Entries)
        {
            var swatch = new SKRect(x, top, x + Swatch, top + RowHeight - 6);
            canvas.Rectangle(swatch, entry.Fill, Palettes.MapColours.Outline, entry.Hatched);
            var baseline = top + ((RowHeight - 6) / 2) + (TextSize / 2.8f);
            canvas.Text(entry.Label, x + Swatch + Gap, baseline, TextSize);
            canvas.Text(entry.CountText, x + Width, baseline, TextSize, TextAnchor.End);
            top += RowHeight;
        }
    }
}
