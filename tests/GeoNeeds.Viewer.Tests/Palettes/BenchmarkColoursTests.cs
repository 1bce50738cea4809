using GeoNeeds.Viewer.Classification;
using GeoNeeds.Viewer.Palettes;

namespace GeoNeeds.Viewer.Tests.Palettes;

public class BenchmarkColoursTests
{
    [Theory]
    [InlineData(BenchmarkResult.Higher, Polarity.LowIsGood, "Worse", "#C00000")]
    [InlineData(BenchmarkResult.Lower, Polarity.LowIsGood, "Better", "#92D050")]
    [InlineData(BenchmarkResult.Similar, Polarity.LowIsGood, "Similar", "#FFC000")]
    [InlineData(BenchmarkResult.NotCompared, Polarity.LowIsGood, "Not compared", "#C9C9C9")]
    [InlineData(BenchmarkResult.Higher, Polarity.NoJudgement, "Higher", "#BED2FF")]
    [InlineData(BenchmarkResult.Lower, Polarity.NoJudgement, "Lower", "#5555E6")]
    public void Of_ResultAndPolarity_FingertipsWordAndColour(BenchmarkResult result, Polarity polarity, string label, string hex)
    {
        // Colours of fingertipscharts' scale_fill_phe (PHE / UKHSA).
        var (colour, text) = BenchmarkColours.Of(result, polarity);

        Assert.Equal(label, text);
        Assert.Equal(hex, colour.ToHex());
    }
}
