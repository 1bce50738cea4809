using GeoNeeds.Viewer.Classification;

namespace GeoNeeds.Viewer.Palettes;

/// <summary>
/// OHID Fingertips' benchmark colours (fingertipscharts R package, <c>scale_fill_phe</c>, Public Health England /
/// UKHSA): better green #92D050, similar amber #FFC000, worse red #C00000, not compared grey #C9C9C9; and, for
/// indicators where neither direction is better, lower dark blue #5555E6 and higher light blue #BED2FF.
/// </summary>
/// <remarks>
/// Red against green is hard to tell apart for many colour-blind readers; Fingertips keeps them because readers
/// know them, so maps in these colours always carry the words in their legend.
/// </remarks>
public static class BenchmarkColours
{
    public static ScottPlot.Color Better { get; } = ScottPlot.Color.FromHex("92D050");
    public static ScottPlot.Color Similar { get; } = ScottPlot.Color.FromHex("FFC000");
    public static ScottPlot.Color Worse { get; } = ScottPlot.Color.FromHex("C00000");
    public static ScottPlot.Color NotCompared { get; } = ScottPlot.Color.FromHex("C9C9C9");
    public static ScottPlot.Color Lower { get; } = ScottPlot.Color.FromHex("5555E6");
    public static ScottPlot.Color Higher { get; } = ScottPlot.Color.FromHex("BED2FF");

    /// <summary>The colour and legend word of a comparison for an indicator of the given polarity.</summary>
    public static (ScottPlot.Color Colour, string Label) Of(BenchmarkResult result, Polarity polarity) => (result, polarity) switch
    {
        (BenchmarkResult.NotCompared, _) => (NotCompared, "Not compared"),
        (BenchmarkResult.Similar, _) => (Similar, "Similar"),
        (BenchmarkResult.Lower, Polarity.LowIsGood) or (BenchmarkResult.Higher, Polarity.HighIsGood) => (Better, "Better"),
        (BenchmarkResult.Higher, Polarity.LowIsGood) or (BenchmarkResult.Lower, Polarity.HighIsGood) => (Worse, "Worse"),
        (BenchmarkResult.Lower, _) => (Lower, "Lower"),
        _ => (Higher, "Higher"),
    };
}
