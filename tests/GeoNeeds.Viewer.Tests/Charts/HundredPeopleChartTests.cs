using System.Text.RegularExpressions;
using GeoNeeds.Viewer.Charts;
using GeoNeeds.Viewer.Palettes;
using ScottPlot;
using SkiaSharp;

namespace GeoNeeds.Viewer.Tests.Charts;

public class HundredPeopleChartTests
{
    // The published adult outreach report's DASH bands (n = 1,477) and invented exit headlines.
    private static readonly HundredPeopleHeadline[] Headlines =
    [
        new("At intake", "were at high risk (DASH 10 or more ticks)", 40),
        new("At intake", "were at medium risk (DASH 6 to 9)", 39),
        new("At intake", "had experienced physical abuse", 62),
        new("At intake", "were referred to MARAC", 31),
        new("At exit", "were at high risk (DASH 10 or more ticks)", 29),
        new("At exit", "felt safer", 80),
        new("At exit", "said their wellbeing had improved", 72),
    ];

    [Fact]
    public void Create_EachHeadline_FillsOneSquareForEachOfItsPeople()
    {
        var plot = HundredPeopleChart.Create(Headlines, new ChartText("If the service supported 100 people"));

        var squares = plot.GetPlottables<ScottPlot.Plottables.Rectangle>().ToList();

        Assert.Equal(100 * Headlines.Length, squares.Count);
        Assert.Equal(40 + 39 + 62 + 31, squares.Count(s => s.FillColor == MapColours.Series[0]));
        Assert.Equal(29 + 80 + 72, squares.Count(s => s.FillColor == MapColours.Series[1]));
    }

    [Fact]
    public void Create_SuppressedHeadline_ShowsAnEmptyGridAndSaysSo()
    {
        var plot = HundredPeopleChart.Create([new("At exit", "felt safer", null)], new ChartText("Test"));

        Assert.All(plot.GetPlottables<ScottPlot.Plottables.Rectangle>(), s => Assert.Equal(MapColours.NoData, s.FillColor));
        Assert.Contains("suppressed", plot.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelText));
    }

    [Fact]
    public void Png_FirstAndLastSquareOfAForty_AreFilledAndEmpty()
    {
        var plot = HundredPeopleChart.Create(Headlines, new ChartText("Test"));
        using var bitmap = SKBitmap.Decode(plot.GetImageBytes(HundredPeopleChart.PageWidth, HundredPeopleChart.PageHeight, ImageFormat.Png));
        var squares = plot.GetPlottables<ScottPlot.Plottables.Rectangle>().Take(100).ToList();   // the first headline's grid: 40 of 100

        string ColourAtCentreOf(ScottPlot.Plottables.Rectangle square)
        {
            var pixel = plot.GetPixel(new Coordinates((square.X1 + square.X2) / 2, (square.Y1 + square.Y2) / 2));
            var colour = bitmap.GetPixel((int)pixel.X, (int)pixel.Y);
            return $"#{colour.Red:X2}{colour.Green:X2}{colour.Blue:X2}";
        }

        Assert.Equal(MapColours.Series[0].ToHex(), ColourAtCentreOf(squares[39]));
        Assert.Equal(MapColours.NoData.ToHex(), ColourAtCentreOf(squares[40]));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Create_CountOutsideNoughtToAHundred_IsRefusedNamingTheHeadline(int count)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HundredPeopleChart.Create([new("At exit", "felt safer", count)], new ChartText("Test")));

        Assert.Contains("\"felt safer\"", error.Message);
    }

    [Fact]
    public void ChartFile_PngPath_WritesAOnePagePng()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "hundred.png");

        ChartFile.Save(HundredPeopleChart.Create(Headlines, new ChartText("Test")), path, HundredPeopleChart.PageWidth, HundredPeopleChart.PageHeight);

        using var bitmap = SKBitmap.Decode(path);
        Assert.Equal((HundredPeopleChart.PageWidth, HundredPeopleChart.PageHeight), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void ChartFile_SvgPath_WritesEverySquareAsVectors()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "hundred.svg");

        ChartFile.Save(HundredPeopleChart.Create(Headlines, new ChartText("Test")), path, HundredPeopleChart.PageWidth, HundredPeopleChart.PageHeight);

        var svg = File.ReadAllText(path);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Equal(40 + 39 + 62 + 31, Regex.Count(svg, $"<rect[^>]*fill=\"{MapColours.Series[0].ToHex()}\"", RegexOptions.IgnoreCase));
    }
}
