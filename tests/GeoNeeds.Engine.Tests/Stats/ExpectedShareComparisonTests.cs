using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class ExpectedShareComparisonTests
{
    private static readonly ExpectedShare MaracRepeats = new(0.28, 0.40);

    [Fact]
    public void Compare_WholeIntervalBelowTheRange_IsBelow()
    {
        // 712 of 3,000 = 23.7%, Wilson 95% limits 22.2% to 25.3% (reference/representation_reference.py's formula):
        // wholly below SafeLives' 28-40% of MARAC cases being repeats.
        var result = ExpectedShareComparison.Compare(712, 3000, MaracRepeats, CrudeRate.Confidence95);

        Assert.Equal(ExpectedShareOutcome.Below, result.Outcome);
        Assert.Equal(0.2224510836431165, result.Share.Lower, 9);
        Assert.Equal(0.2528874048872547, result.Share.Upper, 9);
    }

    [Fact]
    public void Compare_IntervalReachingTheRange_IsWithin()
    {
        // 25 of 100: Wilson limits 17.5% to 34.4% reach into 28-40%.
        Assert.Equal(ExpectedShareOutcome.Within, ExpectedShareComparison.Compare(25, 100, MaracRepeats, CrudeRate.Confidence95).Outcome);
    }

    [Fact]
    public void Compare_WholeIntervalAboveTheRange_IsAbove()
    {
        // 30 of 40 = 75%, Wilson lower limit 59.8%: above 40%.
        Assert.Equal(ExpectedShareOutcome.Above, ExpectedShareComparison.Compare(30, 40, MaracRepeats, CrudeRate.Confidence95).Outcome);
    }

    [Fact]
    public void Compare_IntervalTouchingTheRangesEnds_IsWithin()
    {
        // Fingertips' rule is strict: an interval that ends exactly where the range starts (or starts where it ends)
        // overlaps it.
        var share = WilsonScore.Calculate(25, 100, CrudeRate.Confidence95);

        Assert.Equal(ExpectedShareOutcome.Within, ExpectedShareComparison.Compare(25, 100, new ExpectedShare(share.Upper, 0.9), CrudeRate.Confidence95).Outcome);
        Assert.Equal(ExpectedShareOutcome.Within, ExpectedShareComparison.Compare(25, 100, new ExpectedShare(0.01, share.Lower), CrudeRate.Confidence95).Outcome);
    }

    [Theory]
    [InlineData("0.28-0.40", 0.28, 0.40)]
    [InlineData("0.28–0.40", 0.28, 0.40)]
    [InlineData("0.28 to 0.4", 0.28, 0.40)]
    [InlineData("0.5", 0.5, 0.5)]
    public void TryParse_ARangeOrOneShare_ReadsBothEnds(string text, double low, double high)
    {
        Assert.True(ExpectedShare.TryParse(text, out var share));
        Assert.Equal(new ExpectedShare(low, high), share);
    }

    [Theory]
    [InlineData("28-40")]
    [InlineData("0.40-0.28")]
    [InlineData("a lot")]
    [InlineData("")]
    [InlineData("0.1-0.2-0.3")]
    public void TryParse_NotAShareBetweenZeroAndOne_IsFalse(string text)
    {
        Assert.False(ExpectedShare.TryParse(text, out _));
    }
}
