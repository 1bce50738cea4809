using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class PeriodRateTests
{
    [Fact]
    public void Pooled_TwoYears_CountsOverSummedPersonTimeWithByarLimits()
    {
        var rate = PeriodRate.Pooled([(30, 1000, 12), (50, 1200, 12)], 12, 1000);

        // 80 events over 2,200 person-years per 1,000 = 36.3636. Byar's 95% limits on 80 (Breslow and Day 1987,
        // p. 69), computed independently with z = 1.959964: 80 (1 - 1/720 - z/(3√80))³ = 63.433 and
        // 81 (1 - 1/729 + z/(3√81))³ = 99.568 events, over 2.2: 28.8331 and 45.2583.
        Assert.Equal(36.3636, rate.Value!.Value, 4);
        Assert.Equal(28.8331, rate.Lower95!.Value, 4);
        Assert.Equal(45.2583, rate.Upper95!.Value, 4);
        Assert.Equal(PoissonLimits.ByarMethod, rate.Method);
    }

    [Fact]
    public void Pooled_EqualYearsAndPopulation_IsTheMeanCountOverThePopulation()
    {
        var rate = PeriodRate.Pooled([(30, 1000, 12), (50, 1000, 12)], 12, 1000);

        // The average year: (30 + 50) / 2 = 40 events over 1,000 residents = 40 per 1,000.
        Assert.Equal(40.0, rate.Value!.Value, 12);
    }

    [Fact]
    public void Calculate_NineMonthsAnnualised_ScalesByTwelveOverNine()
    {
        var rate = PeriodRate.Calculate(90, 1000, 9, PeriodRate.MonthsPerYear, 1000);

        // 90 x 12 / 9 = 120 a year over 1,000 residents = 120 per 1,000; the limits stay those of 90 events.
        Assert.Equal(120.0, rate.Value!.Value, 12);
        Assert.Equal(90.0, rate.Count);
    }

    [Theory]
    [InlineData(50.0, 40.0, 125.0)]
    [InlineData(40.0, 40.0, 100.0)]
    [InlineData(0.0, 40.0, 0.0)]
    public void Index_RateAgainstBaseline_IsHundredTimesTheirRatio(double rate, double baseline, double expected) =>
        Assert.Equal(expected, PeriodRate.Index(rate, baseline)!.Value, 12);

    [Fact]
    public void Index_ZeroBaseline_HasNoIndex() => Assert.Null(PeriodRate.Index(5, 0));
}
