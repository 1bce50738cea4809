using GeoNeeds.Engine.Studies;
using GeoNeeds.Viewer.Maps;
using GeoNeeds.Viewer.Palettes;
using SkiaSharp;

namespace GeoNeeds.Viewer.Tests.Studies;

/// <summary>The real Coventry ward map of IMD 2019 (../shared/data); skipped when the data is absent.</summary>
public class CoventryGraphicsTests
{
    [SkippableTheory]
    [InlineData("Foleshill", 2)]   // mean of its LSOAs' deciles 1.58 (published Coventry JSNA) → nearest decile 2
    [InlineData("Wainbody", 8)]    // mean 8.5 sits on the bound between 8 and 9; upper bounds are inclusive, so decile 8
    public void WardImdMap_InteriorPoint_HasItsNearestDecileColour(string ward, int decile)
    {
        var study = Bench.Maps.CoventryStudy.Definition(SharedData.Require);
        var result = Study.Run(study);
        var wards = result.Levels[1].Layer!;

        var drawing = ChoroplethMap.Draw(wards, MapShading.ByDecile(result.Tables[1].Rows.ToDictionary(r => r.Code, r => r.DeprivationMean)), new MapOptions("Coventry"));

        var point = MapProjection.ToBritishNationalGrid(wards).Areas.Single(a => a.Name == ward).Geometry.InteriorPoint.Coordinate;
        var page = drawing.Frame.ToPage(point.X, point.Y);
        using var bitmap = SKBitmap.Decode(drawing.Png());
        var pixel = bitmap.GetPixel((int)page.X, (int)page.Y);
        Assert.Equal(MapColours.Deciles[decile - 1].ToHex(), $"#{pixel.Red:X2}{pixel.Green:X2}{pixel.Blue:X2}");
    }
}
