using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Stats;
using GeoNeeds.Viewer.Charts;
using GeoNeeds.Viewer.Maps;
using GeoNeeds.Viewer.Palettes;
using ScottPlot;
using SkiaSharp;

namespace GeoNeeds.Viewer.Tests.Charts;

public class ChartTests
{
    private static readonly AreaRate[] Wards =
    [
        new("W1", "Alpha", 12, 11, 13, 10_000),
        new("W2", "Beta", 5, 4, 6.5, 8_000),
        new("W3", "Gamma", 8, 7, 9.5, 9_000),
        new("W4", "Delta", null, null, null, 7_000, Suppressed: true),
    ];

    [Fact]
    public void RankedBarChart_ThreeShownAreas_HighestOnTopInTheDarkestClassOfTheRateMap()
    {
        var plot = RankedBarChart.Create(Wards, 7.5, "Authority", "Rate", new ChartText("Test"));
        var bars = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars;

        // Four areas give the map max(1, 4 / 2) = 2 quantile classes of YlOrRd, split at the median 8: 5 and 8 in
        // the lower (pale), 12 in the upper (dark).
        var yellowToRed = ColorBrewer.Named(ColorBrewer.DefaultSequential).Colours(2);
        Assert.Equal([5.0, 8, 12], bars.Select(b => b.Value));
        Assert.Equal([yellowToRed[0], yellowToRed[0], yellowToRed[1]], bars.Select(b => b.FillColor));
    }

    [Fact]
    public void RankedBarChart_Legend_IsTheRateMapsLegendInItsOrder()
    {
        var plot = RankedBarChart.Create(Wards, 7.5, "Authority", "Rate", new ChartText("Test"));
        var map = LayerShading.Rate(Wards.ToDictionary(w => w.Code, w => new MapValue(w.Rate, w.Suppressed)));

        var legend = plot.Legend.ManualItems.Select(i => (i.LabelText, i.FillColor)).ToList();

        Assert.Equal(map.Classes.Select(c => (c.Label, c.Fill)), legend);
    }

    [Fact]
    public void RankedBarChart_BarColours_DarkenAsTheRateRises()
    {
        AreaRate[] wards = [.. Enumerable.Range(1, 12).Select(i => new AreaRate($"W{i}", $"Ward {i}", i * 1.5, i, i * 2, 10_000))];
        var plot = RankedBarChart.Create(wards, 9, "Authority", "Rate", new ChartText("Test"));

        var lightness = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars.Select(b => b.FillColor.Luminance).ToList();

        Assert.Equal(lightness.OrderByDescending(l => l), lightness);
        Assert.True(lightness[^1] < lightness[0], "the highest rate's bar is darker than the lowest's");
    }

    [Fact]
    public void RankedBarChart_SuppressedArea_LeftOutAndCounted()
    {
        var plot = RankedBarChart.Create(Wards, 7.5, "Authority", "Rate", new ChartText("Test", Caption: "Attribution."));

        var foot = plot.Axes.GetXAxes().OfType<ScottPlot.AxisPanels.AxisBase>().Select(a => a.LabelText).ToList();
        Assert.Contains("1 area(s) with a suppressed or missing rate not shown. Attribution.", foot);
    }

    [Fact]
    public void RankedBarChart_Png_TopBarPixelIsTheDarkestClassColour()
    {
        var plot = RankedBarChart.Create(Wards, 7.5, "Authority", "Rate", new ChartText("Test"));
        using var bitmap = SKBitmap.Decode(plot.GetImageBytes(800, 500, ImageFormat.Png));

        var pixel = plot.GetPixel(new Coordinates(6, 2));   // half way along Alpha's bar (position 2, value 12)

        var colour = bitmap.GetPixel((int)pixel.X, (int)pixel.Y);
        Assert.Equal(ColorBrewer.Named(ColorBrewer.DefaultSequential).Colours(2)[1].ToHex(), $"#{colour.Red:X2}{colour.Green:X2}{colour.Blue:X2}");
    }

    [Fact]
    public void RateScatterChart_Anscombe_LegendGivesLineRAndRho()
    {
        double[] x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
        double[] y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];

        var plot = RateScatterChart.Create([.. x.Zip(y, (a, b) => ((double?)a, (double?)b))], "x", "y", new ChartText("Anscombe I"));

        var legend = plot.GetPlottables().SelectMany(p => p.LegendItems).Select(i => i.LabelText).ToList();
        Assert.Contains(legend, text => text.StartsWith("OLS y = 3 + 0.5x; r = 0.82, ρ = 0.8", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("95% limits", 11.293987427175063)]
    [InlineData("99.8% limits", 13.415800702955723)]
    public void FunnelPlot_UpperLimitAtHalfTheSmallestPopulation_IsByarsLimitOfTheExpectedCount(string label, double expected)
    {
        // The curves start at half the smallest shown population (8,000 / 2 = 4,000), where a benchmark of 8 per
        // 1,000 expects E = 32. Expected: Byar's upper limit of 32 scaled by 1,000 / 4,000, printed by the engine
        // tests' Stats/reference/poisson_limits_reference.py (independent of FunnelLimits); tolerance 1e-9.
        var plot = FunnelPlot.Create(Wards, 8, 1000, "Rate", new ChartText("Funnel"));
        var upper = plot.GetPlottables<ScottPlot.Plottables.Scatter>().Single(s => s.LegendText == label);

        var first = upper.Data.GetScatterPoints()[0];

        Assert.Equal(4_000, first.X, 1e-9);
        Assert.Equal(expected, first.Y, 1e-9);
    }

    [Fact]
    public void FunnelPlot_OutlierArea_SitsBelowTheLegendRoom()
    {
        // Leicestershire's Castle ward (203 per 1,000, far above the rest) once hid behind the upper-right legend.
        AreaRate[] wards = [.. Wards, new("W5", "Castle", 40, 36, 44, 26_000)];
        var plot = FunnelPlot.Create(wards, 7.5, 1000, "Rate", new ChartText("Test"));

        plot.GetImageBytes(1200, 800, ImageFormat.Png);

        var limits = plot.Axes.GetLimits();
        Assert.True((limits.Top - 40) / (limits.Top - limits.Bottom) > 0.2, $"top {limits.Top}: the highest area is within the top fifth, where the legend is");
    }

    [Fact]
    public void FunnelPlot_AreasOutsideTheOuterLimits_NamedOnTheChart()
    {
        // Benchmark 7.5 per 1,000 expects 75 in Alpha's 10,000 people: its 120 (12 per 1,000) lies far above the
        // 99.8% limit (about 102, 3.09 standard deviations of √75); Beta's 40 of an expected 60 lies just inside it
        // (about 36); Castle (40 per 1,000) is far outside.
        AreaRate[] wards = [.. Wards, new("W5", "Castle", 40, 36, 44, 26_000)];

        var plot = FunnelPlot.Create(wards, 7.5, 1000, "Rate", new ChartText("Test"));

        var labels = plot.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelText).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Alpha", "Castle"], labels);
    }

    [Fact]
    public void FunnelPlot_ManyOutliers_NamesOnlyTheTenFurthest()
    {
        AreaRate[] areas = [.. Enumerable.Range(1, 15).Select(i => new AreaRate($"A{i}", $"Area {i}", 20 + i, null, null, 10_000))];

        var plot = FunnelPlot.Create(areas, 7.5, 1000, "Rate", new ChartText("Test"));

        var labels = plot.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelText).ToList();
        Assert.Equal(Enumerable.Range(6, 10).Reverse().Select(i => $"Area {i}"), labels);
    }

    [Fact]
    public void QuadrantChart_ExtremeAreas_KeepClearOfTheCornerNotes()
    {
        var plot = QuadrantChart.Create([new("Rutland", 25, 18), new("Leicester", 76, -1.4), new("Blaby", 36, -12.5)], 50, "Rate", "Change", new ChartText("Test"));

        var limits = plot.Axes.GetLimits();

        // 15% of each range padded on both sides: change -12.5..18 → -17.1..22.6; rate 25..76 → 17.35..83.65.
        Assert.Equal(22.575, limits.Top, 6);
        Assert.Equal(-17.075, limits.Bottom, 6);
        Assert.Equal(17.35, limits.Left, 6);
        Assert.Equal(83.65, limits.Right, 6);
    }

    [Fact]
    public void NewPlot_LongCaption_WrappedToLinesThatFitTheChart()
    {
        var caption = string.Join(' ', Enumerable.Repeat("Contains OS data © Crown copyright and database right 2014.", 8));

        var plot = TrendChart.Create(new Dictionary<string, IReadOnlyDictionary<string, double>> { ["a"] = new Dictionary<string, double> { ["2025-01"] = 1 } }, "Count", new ChartText("T", null, caption));

        var foot = (ScottPlot.AxisPanels.AxisBase)plot.Axes.GetAxes(Edge.Bottom).Last();   // the caption's own axis below the x axis
        Assert.True(foot.LabelText.Split('\n').Length >= 3, foot.LabelText);
        Assert.Equal(caption, foot.LabelText.Replace('\n', ' '));
    }

    [Fact]
    public void TrendChart_MonthMissingFromASeries_CountedAsZero()
    {
        var series = new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["incidents"] = new Dictionary<string, double> { ["2025-04"] = 10, ["2025-06"] = 12 },
            ["referrals"] = new Dictionary<string, double> { ["2025-05"] = 3 },
        };

        var plot = TrendChart.Create(series, "Count", new ChartText("Trend"));

        var incidents = plot.GetPlottables<ScottPlot.Plottables.Scatter>().Single(s => s.LegendText == "incidents");
        Assert.Equal([10.0, 0, 12], incidents.Data.GetScatterPoints().Select(p => p.Y));
    }

    [Fact]
    public void TrendChart_WithheldMonth_IsAGapThatTheAxesIgnore()
    {
        var series = new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["incidents"] = new Dictionary<string, double> { ["2025-04"] = 10, ["2025-05"] = double.NaN, ["2025-06"] = 12 },
        };
        var plot = TrendChart.Create(series, "Count", new ChartText("Trend"));

        var png = plot.GetImageBytes(600, 400, ImageFormat.Png);

        Assert.NotEmpty(png);
        var y = plot.Axes.GetLimits();
        Assert.Equal(0, y.Bottom);
        Assert.InRange(y.Top, 12, 20);
    }

    [Fact]
    public void SeasonalChart_WithheldMonth_IsAGapThatTheAxesIgnore()
    {
        var plot = SeasonalChart.Create([("2024", new Dictionary<int, double> { [1] = 4, [2] = double.NaN, [3] = 9 })], "Count", new ChartText("Seasonal"));

        var png = plot.GetImageBytes(600, 400, ImageFormat.Png);

        Assert.NotEmpty(png);
        Assert.InRange(plot.Axes.GetLimits().Top, 9, 15);
    }

    [Fact]
    public void DecileRateChart_Bars_InDecileColours()
    {
        var deciles = InequalityMeasure.Deciles([new AreaDeprivation("A", 30, 1000, 1), new AreaDeprivation("B", 5, 2000, 10)], 1000);

        var plot = DecileRateChart.Create(deciles, 7, "Rate", new ChartText("Deciles"));

        var bars = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars;
        Assert.Equal([MapColours.Deciles[0], MapColours.Deciles[9]], bars.Select(b => b.FillColor));
    }

    [Fact]
    public void ChartFile_SvgPath_WritesSvg()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "chart.svg");

        ChartFile.Save(QuadrantChart.Create([new QuadrantPoint("Alpha", 10, 5)], 8, "Rate", "Change", new ChartText("Quadrant")), path, 600, 400);

        Assert.StartsWith("<?xml", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Contains("Alpha", File.ReadAllText(path), StringComparison.Ordinal);
    }
}
