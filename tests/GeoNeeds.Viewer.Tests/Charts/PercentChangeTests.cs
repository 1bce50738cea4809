using GeoNeeds.Viewer.Charts;

namespace GeoNeeds.Viewer.Tests.Charts;

public class PercentChangeTests
{
    [Fact]
    public void Between_FortyToFifty_TwentyFivePercent()
    {
        Assert.Equal(25, PercentChange.Between(40, 50));
    }

    [Fact]
    public void Between_EarlierZero_Null()
    {
        Assert.Null(PercentChange.Between(0, 5));
    }

    [Fact]
    public void Halves_FiveMonths_MiddleMonthLeftOut()
    {
        var counts = new Dictionary<string, double> { ["2025-01"] = 1, ["2025-02"] = 2, ["2025-03"] = 100, ["2025-04"] = 3, ["2025-05"] = 4 };

        var (earlier, later) = PercentChange.Halves([.. counts.Keys.Reverse()], m => counts[m]);

        Assert.Equal((3.0, 7.0), (earlier, later));
    }
}
