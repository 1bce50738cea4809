using GeoNeeds.Viewer.Charts;
using GeoNeeds.Viewer.Studies;
using SkiaSharp;

namespace GeoNeeds.Viewer.Tests.Studies;

public class StudyGraphicsTests
{
    private static readonly Lazy<(string Folder, IReadOnlyList<string> Files)> Drawn = new(() =>
    {
        var folder = TestFiles.NewFolder();
        return (folder, StudyGraphics.Draw(DemoStudyRun.Result, folder));
    });

    [Fact]
    public void Draw_Demo_MapsOfEveryIndicatorHotSpotsAndDecilePerLevelWithBoundaries()
    {
        var maps = Drawn.Value.Files.Where(f => f.StartsWith("maps/", StringComparison.Ordinal) && f.EndsWith(".png", StringComparison.Ordinal)).Order().ToList();

        Assert.Equal(
            new[] { "lsoa", "ward" }.SelectMany(l => new[] { "da_incidents", "police_incidents", "referrals" }.SelectMany(i => new[] { $"maps/{l}_{i}_rate.png", $"maps/{l}_{i}_hotspots.png" }).Append($"maps/{l}_imd_decile.png")).Order(),
            maps);
    }

    [Fact]
    public void Draw_Demo_WardChartsOfEveryKind()
    {
        var charts = Drawn.Value.Files.Where(f => f.StartsWith("charts/ward_da_incidents", StringComparison.Ordinal)).Order().ToList();

        Assert.Equal(
            ["charts/ward_da_incidents_funnel.png", "charts/ward_da_incidents_funnel.svg", "charts/ward_da_incidents_quadrant.png", "charts/ward_da_incidents_quadrant.svg",
             "charts/ward_da_incidents_ranked.png", "charts/ward_da_incidents_ranked.svg", "charts/ward_da_incidents_vs_imd.png", "charts/ward_da_incidents_vs_imd.svg"],
            charts);
        Assert.Contains("charts/monthly_counts.png", Drawn.Value.Files);
        Assert.Contains("charts/da_incidents_by_imd_decile.png", Drawn.Value.Files);
    }

    [Fact]
    public void Draw_Demo_EachServicesOutcomeGraphicsNamedAsItsTables()
    {
        var outcomes = Drawn.Value.Files.Where(f => f.StartsWith("charts/outcomes_", StringComparison.Ordinal) && f.EndsWith(".png", StringComparison.Ordinal)).Order().ToList();

        Assert.Equal(
            new[] { "adult", "children" }.SelectMany(s => new[] { "by_abuse_type", "by_dash_band", "per_100" }.Select(g => $"charts/outcomes_{s}_{g}.png")),
            outcomes);
    }

    [Fact]
    public void Draw_Demo_EveryFileIsADecodablePng()
    {
        foreach (var file in Drawn.Value.Files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)))
        {
            using var bitmap = SKBitmap.Decode(Path.Combine(Drawn.Value.Folder, file));
            Assert.True(bitmap is { Width: >= 600, Height: >= 600 }, file);
        }
    }

    [Fact]
    public void Draw_Demo_EveryChartPngHasAnSvgBesideIt()
    {
        var charts = Directory.GetFiles(Path.Combine(Drawn.Value.Folder, "charts"));

        Assert.Contains(charts, f => f.EndsWith(".png", StringComparison.Ordinal));
        Assert.All(charts.Where(f => f.EndsWith(".png", StringComparison.Ordinal)), png =>
        {
            var svg = Path.ChangeExtension(png, ".svg");
            Assert.True(File.Exists(svg), $"{Path.GetFileName(png)} has no SVG beside it");
            Assert.Contains("<svg", File.ReadAllText(svg), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Draw_Demo_EveryChartPngStatesItsPrintResolution()
    {
        var pngs = Directory.GetFiles(Path.Combine(Drawn.Value.Folder, "charts"), "*.png");

        Assert.NotEmpty(pngs);
        // pHYs holds whole pixels per metre: 150 dpi is stored as 5906, read back as 150.0124; tolerance 0.02.
        Assert.All(pngs, png => Assert.Equal(ChartFile.Dpi, PngDensity.DpiOf(File.ReadAllBytes(png))!.Value, 0.02));
    }

    [Fact]
    public void Draw_Demo_MonthlyCountsNamedByTheIndicatorsLabelsNotTheInputNames()
    {
        var svg = File.ReadAllText(Path.Combine(Drawn.Value.Folder, "charts", "monthly_counts.svg"));

        Assert.Contains("Domestic abuse-flagged incidents", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("da_incidents", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Events by month", svg, StringComparison.Ordinal);
    }
}
