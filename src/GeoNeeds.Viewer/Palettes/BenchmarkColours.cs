using GeoNeeds.Engine.Stats;

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

    /// <summary>The colour and legend word of a comparison (<see cref="BenchmarkComparison.Compare(double?, double?, double?, Polarity)"/>).</summary>
    public static (ScottPlot.Color Colour, string Label) Of(BenchmarkOutcome outcome) => outcome switch
    {
        BenchmarkOutcome.Better => (Better, "Better"),
        BenchmarkOutcome.Similar => (Similar, "Similar"),
        BenchmarkOutcome.Worse => (Worse, "Worse"),
        BenchmarkOutcome.Lower => (Lower, "Lower"),
        BenchmarkOutcome.Higher => (Higher, "Higher"),
        _ => (NotCompared, "Not compared"),
    };

    /// <summary>The outcomes an indicator of <paramref name="polarity"/> can have, in legend order (high first).</summary>
    public static IReadOnlyList<BenchmarkOutcome> LegendOrder(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsWorse => [BenchmarkOutcome.Worse, BenchmarkOutcome.Similar, BenchmarkOutcome.Better],
        Polarity.HigherIsBetter => [BenchmarkOutcome.Better, BenchmarkOutcome.Similar, BenchmarkOutcome.Worse],
        _ => [BenchmarkOutcome.Higher, BenchmarkOutcome.Similar, BenchmarkOutcome.Lower],
    };
}
