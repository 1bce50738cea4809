using GeoNeeds.Engine.Indicators;

namespace GeoNeeds.Engine.Tests.Indicators;

public class ChangeMeasureAnnualisedTests
{
    [Fact]
    public void Assess_NineMonthsAgainstThreeAnnualised_ComparesCountsAYear()
    {
        var areas = new[] { new AreaChange("X1", "One", 90, 30, 1000) };

        var plain = ChangeMeasure.Assess(areas, 1000).Areas[0];
        var annual = ChangeMeasure.Assess(areas, 1000, (9, 3)).Areas[0];

        // Unannualised, 90 then 30 reads as -67%. A year: 90 x 12 / 9 = 120 and 30 x 12 / 3 = 120, no change;
        // the later rate is 120 a year per 1,000 residents.
        Assert.Equal(-66.6667, plain.ChangePercent!.Value, 4);
        Assert.Equal(0.0, annual.ChangePercent!.Value, 12);
        Assert.Equal(120.0, annual.RateAfter.Value!.Value, 12);
    }
}
