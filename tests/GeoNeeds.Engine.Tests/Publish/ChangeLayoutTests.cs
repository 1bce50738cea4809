using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Publish;

public class ChangeLayoutTests
{
    // 20 events before and 30 after in 10,000 people: change +10, +50%; the later rate 30 per 10,000.
    private static readonly ChangeResult Harbour = new(
        new AreaChange("E01000001", "Harbour", 20, 30, 10_000), 10, 50, CrudeRate.Calculate(30, 10_000, 10_000), "high-rising");

    [Fact]
    public void Columns_AreTheChangeTablesHeader()
    {
        Assert.Equal(
            ["area_code", "area_name", "count_before", "count_after", "population", "change", "change_pct", "rate_after", "quadrant"],
            ChangeLayout.Columns);
    }

    [Fact]
    public void Row_NothingWithheld_ShowsEveryCell()
    {
        Assert.Equal(["E01000001", "Harbour", 20.0, 30.0, 10_000.0, 10.0, 50.0, 30.0, "high-rising"], ChangeLayout.Row(Harbour));
    }

    [Fact]
    public void Row_EarlierCountWithheld_HidesTheChangeButKeepsTheLaterRate()
    {
        // The change and the later count together would give the earlier count back.
        Assert.Equal(["E01000001", "Harbour", "*", 30.0, 10_000.0, null, null, 30.0, ""], ChangeLayout.Row(Harbour, beforeHidden: true));
    }

    [Fact]
    public void Row_LaterCountWithheld_HidesTheChangeAndTheLaterRate()
    {
        Assert.Equal(["E01000001", "Harbour", 20.0, "*", 10_000.0, null, null, null, ""], ChangeLayout.Row(Harbour, afterHidden: true));
    }
}
