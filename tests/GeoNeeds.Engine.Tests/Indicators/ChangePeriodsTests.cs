using GeoNeeds.Engine.Indicators;

namespace GeoNeeds.Engine.Tests.Indicators;

public class ChangePeriodsTests
{
    [Fact]
    public void Halves_FiveMonths_MiddleMonthLeftOut()
    {
        var periods = ChangePeriods.Halves(["2025-05", "2025-04", "2025-03", "2025-02", "2025-01", ""]);

        Assert.Equal(new ChangePeriods("2025-01", "2025-02", "2025-04", "2025-05"), periods);
        Assert.False(periods!.IsBefore("2025-03") || periods.IsAfter("2025-03"));
    }

    [Fact]
    public void Halves_OneMonth_Null()
    {
        Assert.Null(ChangePeriods.Halves(["2025-01", "2025-01"]));
    }
}
