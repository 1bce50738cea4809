namespace GeoNeeds.Engine.Stats;

/// <summary>A profile's share of one group against the share a standard expects.</summary>
public static class ExpectedShareComparison
{
    /// <summary>
    /// <paramref name="count"/> of <paramref name="total"/> with Wilson score limits (<see cref="WilsonScore"/>),
    /// judged as OHID Fingertips judges a value against a benchmark: below when the whole interval lies below the
    /// expected share or range, above when it lies wholly above it, otherwise within. SafeLives, for example,
    /// expects 28–40% of MARAC cases to be repeats (SafeLives MARAC national dataset guidance).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="WilsonScore.Calculate"/>.</exception>
    public static ExpectedShareResult Compare(double count, double total, ExpectedShare expected, double confidence)
    {
        var share = WilsonScore.Calculate(count, total, confidence);
        var outcome = share.Upper < expected.Low ? ExpectedShareOutcome.Below
            : share.Lower > expected.High ? ExpectedShareOutcome.Above
            : ExpectedShareOutcome.Within;
        return new ExpectedShareResult(share, expected, outcome, confidence);
    }
}
