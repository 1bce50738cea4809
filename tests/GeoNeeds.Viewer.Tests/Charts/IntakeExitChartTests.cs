using GeoNeeds.Engine.Io.Outcomes;
using GeoNeeds.Engine.Outcomes;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Viewer.Charts;
using ScottPlot;
using SkiaSharp;

namespace GeoNeeds.Viewer.Tests.Charts;

public class IntakeExitChartTests
{
    // The published adult outreach report's DASH bands (n = 1,477 with a score at both):
    // intake 21% / 39% / 40%, exit 32% / 38% / 29%.
    private static readonly IntakeExitGroup[] Bands =
    [
        new("Standard", 100.0 * 315 / 1477, 100.0 * 476 / 1477),
        new("Medium", 100.0 * 569 / 1477, 100.0 * 567 / 1477),
        new("High", 100.0 * 593 / 1477, 100.0 * 434 / 1477),
    ];

    [Fact]
    public void Create_EachGroup_LabelsItsBarsWithTheWholePercentages()
    {
        var plot = IntakeExitChart.Create(Bands, new ChartText("Risk"));

        var bars = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars.ToList();

        Assert.Equal(["21%", "32%", "39%", "38%", "40%", "29%"], bars.Select(b => b.Label));
        Assert.Equal([IntakeExitChart.IntakeColour, IntakeExitChart.ExitColour], bars.Take(2).Select(b => b.FillColor));
    }

    [Fact]
    public void Create_WithheldPercentage_DrawsNoBarAndSaysSuppressed()
    {
        var plot = IntakeExitChart.Create([new("Sexual", 33, null, 243)], new ChartText("Abuse"));

        var exit = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars[1];

        Assert.Equal((0.0, "suppressed"), (exit.Value, exit.Label));
    }

    [Fact]
    public void Create_PercentageAbove100_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IntakeExitChart.Create([new("High", 101, 20)], new ChartText("Risk")));
    }

    [Fact]
    public void Png_InsideEachBar_IsTheColourOfItsPointInTime()
    {
        var plot = IntakeExitChart.Create(Bands, new ChartText("Risk"));
        using var bitmap = SKBitmap.Decode(plot.GetImageBytes(1200, 800, ImageFormat.Png));

        string ColourAt(double x, double y)
        {
            var pixel = plot.GetPixel(new Coordinates(x, y));
            var colour = bitmap.GetPixel((int)pixel.X, (int)pixel.Y);
            return $"#{colour.Red:X2}{colour.Green:X2}{colour.Blue:X2}";
        }

        // The high band's intake bar (position 6) reaches 40%, its exit bar (position 7) 29%: both hold 10%.
        Assert.Equal(IntakeExitChart.IntakeColour.ToHex(), ColourAt(6, 10));
        Assert.Equal(IntakeExitChart.ExitColour.ToHex(), ColourAt(7, 10));
        Assert.NotEqual(IntakeExitChart.ExitColour.ToHex(), ColourAt(7, 35));
    }

    [Fact]
    public void PercentAxis_StartsAtZeroInWholeNumbers()
    {
        var plot = IntakeExitChart.Create(Bands, new ChartText("Risk"));
        plot.GetImageBytes(1200, 800, ImageFormat.Png);

        var ticks = plot.Axes.Left.TickGenerator.Ticks.Select(t => t.Label).ToList();

        Assert.Equal(0, plot.Axes.GetLimits().Bottom);
        Assert.Equal(["0%", "10%", "20%", "30%", "40%", "50%"], ticks);
    }

    [Fact]
    public void Write_AService_DrawsItsThreeGraphicsAsPngAndSvg()
    {
        var folder = Directory.CreateTempSubdirectory("geoneeds-outcome-graphics").FullName;
        var data = Path.Combine(RepositoryFolder.Path, "data", "outcomes");
        var outcomes = ServiceOutcomes.Run(Path.Combine(data, "adult_intake.csv"), Path.Combine(data, "adult_exit.csv"), OutcomeService.Adult);

        var written = OutcomeGraphics.Write(folder, outcomes.Report, OutcomeDisclosure.Decide(outcomes.Report, outcomes.Years, 5));

        Assert.Equal(["outcomes_per_100.png", "outcomes_per_100.svg", "outcomes_by_abuse_type.png", "outcomes_by_abuse_type.svg", "outcomes_by_dash_band.png", "outcomes_by_dash_band.svg"], written);
        Assert.Contains("Jealous and controlling behaviour", File.ReadAllText(Path.Combine(folder, "outcomes_by_abuse_type.svg")), StringComparison.Ordinal);
        Assert.Contains("(n = 409)", File.ReadAllText(Path.Combine(folder, "outcomes_by_dash_band.svg")), StringComparison.Ordinal);
    }
}
