using GeoNeeds.Engine.Stats;
using GeoNeeds.Viewer.Palettes;

namespace GeoNeeds.Viewer.Tests.Palettes;

public class BenchmarkColoursTests
{
    [Theory]
    [InlineData(BenchmarkOutcome.Worse, "Worse", "#C00000")]
    [InlineData(BenchmarkOutcome.Better, "Better", "#92D050")]
    [InlineData(BenchmarkOutcome.Similar, "Similar", "#FFC000")]
    [InlineData(BenchmarkOutcome.NotCompared, "Not compared", "#C9C9C9")]
    [InlineData(BenchmarkOutcome.Higher, "Higher", "#BED2FF")]
    [InlineData(BenchmarkOutcome.Lower, "Lower", "#5555E6")]
    public void Of_Outcome_FingertipsWordAndColour(BenchmarkOutcome outcome, string label, string hex)
    {
        // Colours of fingertipscharts' scale_fill_phe (PHE / UKHSA).
        var (colour, text) = BenchmarkColours.Of(outcome);

        Assert.Equal(label, text);
        Assert.Equal(hex, colour.ToHex());
    }

    [Fact]
    public void LegendOrder_HigherIsWorse_ListsWorseSimilarBetter()
    {
        Assert.Equal([BenchmarkOutcome.Worse, BenchmarkOutcome.Similar, BenchmarkOutcome.Better], BenchmarkColours.LegendOrder(Polarity.HigherIsWorse));
    }
}
