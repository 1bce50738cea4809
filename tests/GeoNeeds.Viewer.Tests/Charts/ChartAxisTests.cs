using GeoNeeds.Engine.Indicators;
using GeoNeeds.Viewer.Charts;
using GeoNeeds.Viewer.Maps;
using ScottPlot;

namespace GeoNeeds.Viewer.Tests.Charts;

public class ChartAxisTests
{
    /// <summary>Three wards, one with a rate near zero, each with limits a fifth either side of its rate.</summary>
    private static readonly AreaRate[] Wards = [.. new[] { ("Alpha", 12.0, 10_000.0), ("Beta", 0.5, 8_000.0), ("Gamma", 8.0, 9_000.0) }
        .Select((w, i) => new AreaRate($"W{i}", w.Item1, w.Item2, w.Item2 * 0.8, w.Item2 * 1.2, w.Item3))];

    public static TheoryData<string> Charts => ["scatter", "funnel", "ranked", "deciles", "trend", "quadrant"];

    [Fact]
    public void RateScatterChart_DecileAxis_TickedAtTheWholeDecilesOneToTen()
    {
        var plot = RateScatterChart.Create([(1.6, 9.4), (5.2, 4.7), (9.1, 2.3)], "IMD 2019 decile (mean of LSOAs)", "Rate", new ChartText("Test"), xIsDecile: true);
        plot.GetImageBytes(1200, 800, ImageFormat.Png);

        var ticks = plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Position).ToList();

        Assert.Equal(Enumerable.Range(1, 10).Select(d => (double)d), ticks);
        Assert.True(plot.Axes.Bottom.Min <= 1 && plot.Axes.Bottom.Max >= 10, $"{plot.Axes.Bottom.Min}..{plot.Axes.Bottom.Max}");
    }

    [Fact]
    public void DecileRateChart_Axis_TickedAtTheWholeDecilesOneToTen()
    {
        var deciles = InequalityMeasure.Deciles([new AreaDeprivation("A", 30, 1000, 1), new AreaDeprivation("B", 5, 2000, 10)], 1000);
        var plot = DecileRateChart.Create(deciles, 7, "Rate", new ChartText("Deciles"));
        plot.GetImageBytes(1200, 800, ImageFormat.Png);

        var ticks = plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Position).ToList();

        Assert.All(ticks, t => Assert.Equal(Math.Round(t), t));
        Assert.Equal(Enumerable.Range(1, 10).Select(d => (double)d), ticks);
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Chart_NonNegativeRatesAndCounts_AxisStartsAtZeroOrAbove(string kind)
    {
        var plot = Draw(kind);
        plot.GetImageBytes(1200, 800, ImageFormat.Png);

        var limits = plot.Axes.GetLimits();

        var rateAxisMinimum = kind is "ranked" or "quadrant" ? limits.Left : limits.Bottom;
        Assert.True(rateAxisMinimum >= 0, $"{kind}: the rate or count axis starts at {rateAxisMinimum}");
    }

    [Fact]
    public void NewPlot_TitleWiderThanTheChart_WrappedOntoLines()
    {
        var title = string.Join(' ', Enumerable.Repeat("Violence, public order and criminal damage crimes per 1,000 residents", 3));

        var plot = TrendChart.Create(new Dictionary<string, IReadOnlyDictionary<string, double>> { ["a"] = new Dictionary<string, double> { ["2025-01"] = 1 } }, "Count", new ChartText(title));

        var lines = plot.Axes.Title.Label.Text.Split('\n');
        Assert.True(lines.Length >= 2, plot.Axes.Title.Label.Text);
        Assert.All(lines, line => Assert.True(MapFont.Width(line, 20) <= ChartStyle.TitleWidth, line));
        Assert.Equal(title, string.Join(' ', lines));
    }

    private static Plot Draw(string kind) => kind switch
    {
        "scatter" => RateScatterChart.Create([(100, 0.5), (400, 12), (900, 8)], "Population", "Rate", new ChartText("Test")),
        "funnel" => FunnelPlot.Create(Wards, 7, 1000, "Rate", new ChartText("Test")),
        "ranked" => RankedBarChart.Create(Wards, 7, "Authority", "Rate", new ChartText("Test")),
        "deciles" => DecileRateChart.Create(InequalityMeasure.Deciles([new AreaDeprivation("A", 30, 1000, 1), new AreaDeprivation("B", 1, 2000, 10)], 1000), 7, "Rate", new ChartText("Test")),
        "trend" => TrendChart.Create(new Dictionary<string, IReadOnlyDictionary<string, double>> { ["a"] = new Dictionary<string, double> { ["2025-01"] = 1, ["2025-02"] = 40 } }, "Count", new ChartText("Test")),
        _ => QuadrantChart.Create([new("Alpha", 0.5, 10), new("Beta", 300, -12)], 150, "Rate", "Change", new ChartText("Test")),
    };
}
