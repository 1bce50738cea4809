using GeoNeeds.Report.Figures;
using GeoNeeds.Report.Reading;

namespace GeoNeeds.Report.Tests.Figures;

/// <summary>The report's maps over hand-made output folders: vectors for a town's areas, a picture for a nation's.</summary>
public class ReportMapsTests
{
    private const string Rate = "da_incidents_rate_per_1000";

    [Fact]
    public void Choropleth_FewAreas_IsDrawnAreaByArea()
    {
        var maps = new ReportMaps(StudyOutput.Open(SmallStudyOutput.FolderWithLayer(4)));

        var svg = maps.Choropleth("ward", Rate, "Rates by ward", "Rate")!;

        Assert.Contains("<path", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<image", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Choropleth_MoreAreasThanAreDrawnOneByOne_IsOnePngPictureOfTheMapsSize()
    {
        var maps = new ReportMaps(StudyOutput.Open(SmallStudyOutput.FolderWithLayer(StudyShape.MostDrawnAreas + 1)));

        var svg = maps.Choropleth("ward", Rate, "Rates by ward", "Rate")!;

        Assert.DoesNotContain("<path", svg, StringComparison.Ordinal);
        var image = System.Xml.Linq.XElement.Parse(svg).Elements().Single();
        Assert.Equal("image", image.Name.LocalName);
        var href = (string)image.Attribute("href")!;
        Assert.StartsWith("data:image/png;base64,", href, StringComparison.Ordinal);
        using var png = SkiaSharp.SKBitmap.Decode(Convert.FromBase64String(href["data:image/png;base64,".Length..]));
        Assert.Equal((1100, 800), (png.Width, png.Height));
        Assert.Equal(("1100", "800"), ((string)image.Attribute("width")!, (string)image.Attribute("height")!));
    }

    [Fact]
    public void Report_LevelOfMoreThan5000Areas_StillHasItsMap()
    {
        var html = ReportDocument.Render(StudyOutput.Open(SmallStudyOutput.FolderWithLayer(StudyShape.MostDrawnAreas + 1)));

        Assert.Contains("data:image/png;base64,", html, StringComparison.Ordinal);
        Assert.Contains("Domestic abuse incidents per 1,000 residents, by ward", html, StringComparison.Ordinal);
    }
}
