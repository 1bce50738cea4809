using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class ExpectedShareTests
{
    [Theory]
    [InlineData(-0.01, 0.5)]
    [InlineData(1.01, 1.01)]
    [InlineData(0.4, 0.28)]
    [InlineData(0.28, 1.01)]
    public void New_ShareOutsideZeroToOneOrRangeBackwards_IsRefused(double low, double high)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExpectedShare(low, high));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    public void New_EndsAtZeroAndOne_AreShares(double low, double high)
    {
        var share = new ExpectedShare(low, high);

        Assert.Equal((low, high), (share.Low, share.High));
    }

    [Theory]
    [InlineData("0-1", 0, 1)]
    [InlineData("1", 1, 1)]
    [InlineData("0", 0, 0)]
    public void TryParse_EndsAtZeroAndOne_AreRead(string text, double low, double high)
    {
        Assert.True(ExpectedShare.TryParse(text, out var share));
        Assert.Equal((low, high), (share.Low, share.High));
    }

    [Theory]
    [InlineData("0.5-1.2")]
    [InlineData("1.5")]
    [InlineData("0.2-x")]
    public void TryParse_AnEndAboveOneOrNotANumber_IsFalse(string text)
    {
        Assert.False(ExpectedShare.TryParse(text, out _));
    }

    [Fact]
    public void ToString_Range_IsBothEnds()
    {
        Assert.Equal("0.28-0.4", new ExpectedShare(0.28, 0.40).ToString());
    }

    [Fact]
    public void ToString_OneShare_IsThatShare()
    {
        Assert.Equal("0.5", new ExpectedShare(0.5, 0.5).ToString());
    }
}
