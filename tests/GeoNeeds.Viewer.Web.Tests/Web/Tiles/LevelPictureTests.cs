using GeoNeeds.Viewer.Web.Tiles;

namespace GeoNeeds.Viewer.Tests.Web.Tiles;

/// <summary>The white borders of the raster tiles and pictures, which follow the page's vector map (map.js).</summary>
public class LevelPictureTests
{
    [Theory]
    [InlineData(2_000, null, 1)]
    [InlineData(2_000, 3, 1)]
    [InlineData(34_753, null, 0)]
    [InlineData(34_753, 7, 0)]
    [InlineData(34_753, 8, 0.3)]
    [InlineData(34_753, 10, 0.7667)]
    [InlineData(34_753, 11, 1)]
    [InlineData(34_753, 12, 1)]
    public void BorderWidth_DenseLevelZoomedOut_HasNoneThenWidensToAPixel(int areas, int? zoom, double expected)
    {
        Assert.Equal(expected, LevelPicture.BorderWidth(areas, zoom), 4);
    }
}
