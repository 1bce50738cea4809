using GeoNeeds.Viewer.Maps;

namespace GeoNeeds.Viewer.Tests.Maps;

public class MapShadingTests
{
    [Fact]
    public void ByCluster_LocalMoranLabels_TakeGeoDaColoursWithUnknownLabelsAsNoData()
    {
        var shading = MapShading.ByCluster(new Dictionary<string, string> { ["A"] = "HH", ["B"] = "ns", ["C"] = "LL", ["D"] = "??" });

        // GeoDa's LISA cluster colours: high-high red #FF0000, low-low blue #0000FF, not significant #EEEEEE.
        Assert.Equal(["High-high (hot spot)", "High-low (outlier)", "Low-high (outlier)", "Low-low (cold spot)", "Not significant"], shading.Classes.Select(c => c.Label));
        Assert.Equal("#FF0000", shading.Classes[shading.Areas["A"].ClassIndex].Fill.ToHex());
        Assert.Equal("#0000FF", shading.Classes[shading.Areas["C"].ClassIndex].Fill.ToHex());
        Assert.Equal("#EEEEEE", shading.Classes[shading.Areas["B"].ClassIndex].Fill.ToHex());
        Assert.Equal(AreaShadeKind.NoData, shading.Areas["D"].Kind);
    }
}
