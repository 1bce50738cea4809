using GeoNeeds.Viewer.Maps;
using SkiaSharp;

namespace GeoNeeds.Viewer.Tests.Maps;

public class LabelPlacementTests
{
    private static readonly SKRect Frame = new(0, 0, 500, 500);

    [Fact]
    public void Place_TwoOverlappingLabels_KeepsTheLargerArea()
    {
        var small = new LabelCandidate("Small", new SKPoint(100, 100), new SKSize(60, 14), Priority: 1);
        var large = new LabelCandidate("Large", new SKPoint(120, 104), new SKSize(60, 14), Priority: 9);

        var placed = LabelPlacement.Place([small, large], Frame);

        Assert.Equal(["Large"], placed.Select(p => p.Label.Text));
    }

    [Fact]
    public void Place_LabelCrossingTheFrame_LeftOut()
    {
        var edge = new LabelCandidate("Edge", new SKPoint(495, 250), new SKSize(60, 14), Priority: 1);

        Assert.Empty(LabelPlacement.Place([edge], Frame));
    }

    [Fact]
    public void Place_SeparateLabels_AllKept()
    {
        var a = new LabelCandidate("A", new SKPoint(100, 100), new SKSize(60, 14), 1);
        var b = new LabelCandidate("B", new SKPoint(300, 300), new SKSize(60, 14), 2);

        Assert.Equal(2, LabelPlacement.Place([a, b], Frame).Count);
    }
}
