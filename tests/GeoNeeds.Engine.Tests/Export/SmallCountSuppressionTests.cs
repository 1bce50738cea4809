using GeoNeeds.Engine.Export;

namespace GeoNeeds.Engine.Tests.Export;

public class SmallCountSuppressionTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(10)]
    public void IsSuppressed_EachCountAroundTheThreshold_HidesOneToThresholdMinusOneOnly(int threshold)
    {
        // Expected by the rule's definition: 0 (nothing to identify) and counts from the threshold up are shown.
        var hidden = Enumerable.Range(0, threshold + 3).Where(count => SmallCountSuppression.IsSuppressed(count, threshold));

        Assert.Equal(Enumerable.Range(1, threshold - 1), hidden);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(1_000_000)]
    public void IsSuppressed_ThresholdZero_HidesNothing(long count)
    {
        Assert.False(SmallCountSuppression.IsSuppressed(count, 0));
    }

    [Fact]
    public void IsSuppressed_DefaultThresholdOfFive_HidesOneToFour()
    {
        // ONS/NHS practice the default follows: counts 1–4 are not published.
        Assert.Equal(5, SmallCountSuppression.DefaultThreshold);
        Assert.Equal([1L, 2, 3, 4], new long[] { 0, 1, 2, 3, 4, 5, 6 }.Where(c => SmallCountSuppression.IsSuppressed(c, SmallCountSuppression.DefaultThreshold)));
    }
}
