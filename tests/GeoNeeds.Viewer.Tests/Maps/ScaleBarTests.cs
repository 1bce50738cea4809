using GeoNeeds.Viewer.Maps;

namespace GeoNeeds.Viewer.Tests.Maps;

public class ScaleBarTests
{
    [Theory]
    [InlineData(10.0, 250f, 2000.0, "2 km")]   // up to 2,500 m fits: the round length below it is 2 km
    [InlineData(10.0, 600f, 5000.0, "5 km")]   // up to 6,000 m
    [InlineData(1.0, 150f, 100.0, "100 m")]    // up to 150 m
    [InlineData(600.0, 400f, 200000.0, "200 km")]
    public void Choose_MetresPerPixelAndRoom_LongestRoundLengthThatFits(double metresPerPixel, float maxPixels, double metres, string label)
    {
        var bar = ScaleBar.Choose(metresPerPixel, maxPixels);

        Assert.Equal(metres, bar.Metres);
        Assert.Equal(label, bar.Label);
        Assert.Equal((float)(metres / metresPerPixel), bar.Pixels);
    }
}
