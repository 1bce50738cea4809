using GeoNeeds.Viewer.Palettes;

namespace GeoNeeds.Viewer.Tests.Palettes;

public class ColorBrewerTests
{
    [Fact]
    public void Named_YlOrRdFiveClasses_BrewersColours()
    {
        // colorbrewer2.org, YlOrRd, 5 data classes, sequential: #ffffb2 #fecc5c #fd8d3c #f03b20 #bd0026.
        var colours = ColorBrewer.Named("ylorrd").Colours(5).Select(c => c.ToHex()).ToList();

        Assert.Equal(["#FFFFB2", "#FECC5C", "#FD8D3C", "#F03B20", "#BD0026"], colours);
    }

    [Fact]
    public void Deciles_TenClassRdBu_MostDeprivedDarkRedLeastDarkBlue()
    {
        // colorbrewer2.org, RdBu, 10 data classes: first #67001f, last #053061.
        Assert.Equal("#67001F", MapColours.Deciles[0].ToHex());
        Assert.Equal("#053061", MapColours.Deciles[9].ToHex());
    }

    [Fact]
    public void Colours_MoreClassesThanTheSchemeHas_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ColorBrewer.Named("Blues").Colours(10));

        Assert.StartsWith("Blues has colours for 1 to 9 classes.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_Unknown_ListsTheSchemes()
    {
        var error = Assert.Throws<ArgumentException>(() => ColorBrewer.Named("Rainbow"));

        Assert.StartsWith("Unknown palette 'Rainbow': use one of YlOrRd, OrRd, YlGnBu, Purples, Blues, Greens, RdBu, PuOr, BrBG.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_EverySchemeAndClassCount_ColoursAreDistinct()
    {
        foreach (var palette in ColorBrewer.Names.Select(ColorBrewer.Named))
        {
            for (var classes = 1; classes <= palette.MostClasses; classes++)
            {
                var colours = palette.Colours(classes);
                Assert.Equal(classes, colours.Distinct().Count());
            }
        }
    }
}
