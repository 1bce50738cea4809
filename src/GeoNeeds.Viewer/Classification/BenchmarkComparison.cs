namespace GeoNeeds.Viewer.Classification;

/// <summary>How an area's rate compares with a benchmark (the authority, England), as Fingertips colours it.</summary>
public enum BenchmarkResult
{
    NotCompared,
    Lower,
    Similar,
    Higher,
}

/// <summary>Which direction of an indicator is good, for turning lower/higher into better/worse.</summary>
public enum Polarity
{
    /// <summary>Neither direction is better (e.g. referrals to services): areas are only lower or higher.</summary>
    NoJudgement,

    /// <summary>Low is good (e.g. incidents of domestic abuse).</summary>
    LowIsGood,

    /// <summary>High is good.</summary>
    HighIsGood,
}

/// <summary>Compares an area's confidence interval with a benchmark value.</summary>
public static class BenchmarkComparison
{
    /// <summary>
    /// Lower when the whole interval lies below the benchmark, higher when it lies wholly above, similar when the
    /// interval contains it: OHID Fingertips' "compared with benchmark using 95% confidence intervals"
    /// (Fingertips technical guidance, "Benchmarking"; fingertipscharts R package, UKHSA).
    /// </summary>
    /// <remarks>An area with no interval (a suppressed count, no population) or no benchmark is not compared.</remarks>
    public static BenchmarkResult Compare(double? lower, double? upper, double? benchmark)
    {
        if (lower is not { } low || upper is not { } high || benchmark is not { } value || !double.IsFinite(value))
        {
            return BenchmarkResult.NotCompared;
        }

        return high < value ? BenchmarkResult.Lower : low > value ? BenchmarkResult.Higher : BenchmarkResult.Similar;
    }
}
