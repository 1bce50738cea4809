using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class RateChangeTests
{
    [Theory]
    [InlineData(12.0, 10.0, 3.0, "above-rising")]
    [InlineData(12.0, 10.0, -3.0, "above-falling")]
    [InlineData(8.0, 10.0, 3.0, "below-rising")]
    [InlineData(8.0, 10.0, -3.0, "below-falling")]
    [InlineData(10.0, 10.0, 3.0, "at-rising")]
    [InlineData(8.0, 10.0, 0.0, "below-steady")]
    public void Quadrant_RateAndChange_PlaceTheAreaOnTheScatter(double rate, double overall, double change, string expected)
    {
        Assert.Equal(expected, RateChange.Quadrant(rate, overall, change));
    }

    [Fact]
    public void ChangePercent_FromFortyToFifty_IsTwentyFivePercent()
    {
        Assert.Equal(25, RateChange.ChangePercent(40, 50));
    }

    [Fact]
    public void ChangePercent_FromZero_IsNull()
    {
        Assert.Null(RateChange.ChangePercent(0, 5));
    }

    [Fact]
    public void Change_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RateChange.Change(-1, 5));
    }
}
