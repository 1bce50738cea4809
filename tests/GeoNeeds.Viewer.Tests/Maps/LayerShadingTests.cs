using GeoNeeds.Engine.Export;
using GeoNeeds.Viewer.Maps;

namespace GeoNeeds.Viewer.Tests.Maps;

public class LayerShadingTests
{
    [Fact]
    public void Deprivation_MeanDecileOf1Point58_IsDecile2()
    {
        // A ward whose LSOAs' deciles average 1.58 (Foleshill, Coventry) is nearer decile 2 than decile 1.
        var shading = LayerShading.Deprivation(new Dictionary<string, double?> { ["W"] = 1.58 }, IndicatorColumnNames.DeprivationMean);

        Assert.Equal("2", shading.Classes[shading.Areas["W"].ClassIndex].Label);
    }

    [Theory]
    [InlineData(IndicatorColumnNames.DeprivationDecile, "IMD 2019 deciles (England)")]
    [InlineData(IndicatorColumnNames.DeprivationMean, "mean of its LSOAs' deciles, nearest decile")]
    [InlineData(IndicatorColumnNames.DeprivationWeightedMean, "population-weighted mean of its LSOAs' deciles, nearest decile")]
    public void Deprivation_EachColumn_SaysWhatItsDecilesAre(string column, string method) =>
        Assert.Equal(method, LayerShading.Deprivation(new Dictionary<string, double?> { ["A"] = 3 }, column).Method);

    [Fact]
    public void Rate_FourAreas_TakeTwoQuantileClassesSoEachHoldsTwo()
    {
        var values = new Dictionary<string, MapValue> { ["A"] = new(1), ["B"] = new(2), ["C"] = new(3), ["D"] = new(4) };

        var shading = LayerShading.Rate(values);

        // Quantiles 0, 0.5, 1 of 1..4 by Hyndman and Fan's definition 7: 1, 2.5, 4.
        Assert.Equal("quantile, 2 classes", shading.Method);
        Assert.Equal([1, 2.5, 4], shading.Breaks!.Bounds);
    }
}
