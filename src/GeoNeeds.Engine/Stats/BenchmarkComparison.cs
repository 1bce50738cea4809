namespace GeoNeeds.Engine.Stats;

/// <summary>
/// Fingertips-style comparison of an area's value with a benchmark: better / similar / worse / not compared (or
/// higher / similar / lower when the indicator has no polarity).
/// </summary>
public static class BenchmarkComparison
{
    /// <summary>The method and its source, for output metadata and footnotes.</summary>
    public const string Source =
        "Compared with benchmark as OHID Fingertips does: significantly different when the benchmark value lies outside the " +
        "area's confidence interval (Public Health England, Technical Guide: RAG rating indicator values, 2017; Fingertips " +
        "user guide, 'Compared with benchmark').";

    /// <summary>
    /// OHID's Fingertips method: the area differs significantly from the benchmark when the benchmark value lies
    /// outside the area's confidence interval (PHE, <i>Technical Guide: RAG rating indicator values</i>, 2017): the
    /// interval wholly above the benchmark is higher, wholly below is lower, otherwise similar; higher and lower are
    /// read as better or worse through <paramref name="polarity"/>.
    /// </summary>
    /// <param name="lower">The area's lower confidence limit; null when not computed.</param>
    /// <param name="upper">The area's upper confidence limit; null when not computed.</param>
    /// <param name="benchmark">The benchmark's value (the parent area's rate, England's); null when unknown.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <remarks>
    /// The limits are inclusive: an interval that ends exactly on the benchmark is similar. The benchmark's own
    /// uncertainty is ignored, as in Fingertips, where the benchmark (England, a region, the authority containing a
    /// ward) is large enough for its interval to be narrow; for two areas of similar size use
    /// <see cref="CompareIntervals"/>. Missing or non-finite inputs give <see cref="BenchmarkOutcome.NotCompared"/>, so a
    /// suppressed area never reads as similar.
    /// </remarks>
    /// <exception cref="ArgumentException">The lower limit is above the upper one.</exception>
    public static BenchmarkOutcome Compare(double? lower, double? upper, double? benchmark, Polarity polarity)
    {
        if (!Known(lower, upper) || benchmark is not { } value || !double.IsFinite(value))
        {
            return BenchmarkOutcome.NotCompared;
        }

        return Judge(lower!.Value > value ? 1 : upper!.Value < value ? -1 : 0, polarity);
    }

    /// <summary>
    /// Comparison by overlap of two confidence intervals: significantly different only when they do not overlap.
    /// This is conservative (two 95% intervals can just touch while the difference is significant at about the 99.5%
    /// level; Schenker and Gentleman 2001, <i>The American Statistician</i> 55(3):182), so it suits comparisons of two
    /// areas of similar size rather than an area against its parent.
    /// </summary>
    /// <param name="lower">The area's lower limit.</param>
    /// <param name="upper">The area's upper limit.</param>
    /// <param name="benchmarkLower">The benchmark's lower limit.</param>
    /// <param name="benchmarkUpper">The benchmark's upper limit.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <remarks>Intervals that touch count as overlapping (similar). Missing limits give <see cref="BenchmarkOutcome.NotCompared"/>.</remarks>
    /// <exception cref="ArgumentException">A lower limit is above its upper one.</exception>
    public static BenchmarkOutcome CompareIntervals(double? lower, double? upper, double? benchmarkLower, double? benchmarkUpper, Polarity polarity)
    {
        if (!Known(lower, upper) || !Known(benchmarkLower, benchmarkUpper))
        {
            return BenchmarkOutcome.NotCompared;
        }

        return Judge(lower!.Value > benchmarkUpper!.Value ? 1 : upper!.Value < benchmarkLower!.Value ? -1 : 0, polarity);
    }

    /// <summary>
    /// <see cref="Compare(double?, double?, double?, Polarity)"/> for a crude rate at 95% (the default) or 99.8%, against
    /// a benchmark rate's value; a rate that was not computed is not compared.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The confidence is neither 0.95 nor 0.998.</exception>
    public static BenchmarkOutcome Compare(RateEstimate area, RateEstimate benchmark, Polarity polarity, double confidence = CrudeRate.Confidence95) =>
        confidence switch
        {
            CrudeRate.Confidence95 => Compare(area.Lower95, area.Upper95, benchmark.Value, polarity),
            CrudeRate.Confidence998 => Compare(area.Lower998, area.Upper998, benchmark.Value, polarity),
            _ => throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Rates carry 95% (0.95) and 99.8% (0.998) limits."),
        };

    private static bool Known(double? lower, double? upper)
    {
        if (lower is not { } low || upper is not { } high || !double.IsFinite(low) || !double.IsFinite(high))
        {
            return false;
        }

        return low <= high ? true : throw new ArgumentException(FormattableString.Invariant($"The lower limit {low} is above the upper limit {high}."));
    }

    /// <summary>Reads a significant direction (+1 higher, −1 lower, 0 not significant) through the polarity.</summary>
    private static BenchmarkOutcome Judge(int direction, Polarity polarity) => (direction, polarity) switch
    {
        (0, _) => BenchmarkOutcome.Similar,
        (_, Polarity.NoJudgement) => direction > 0 ? BenchmarkOutcome.Higher : BenchmarkOutcome.Lower,
        (_, Polarity.HigherIsWorse) => direction > 0 ? BenchmarkOutcome.Worse : BenchmarkOutcome.Better,
        _ => direction > 0 ? BenchmarkOutcome.Better : BenchmarkOutcome.Worse,
    };
}
