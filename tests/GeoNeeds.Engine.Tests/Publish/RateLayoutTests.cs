using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Publish;

public class RateLayoutTests
{
    private static readonly RateEstimate Rate = new(12, 1_000, 1_000, 12, 6.2, 21.0, 4.5, 25.0, PoissonLimits.ByarMethod, null);

    [Fact]
    public void Columns_PutThePrefixBeforeTheRateAndEveryLimit()
    {
        Assert.Equal(["lower_95", "upper_95", "lower_998", "upper_998", "method"], RateLayout.LimitColumns);
        Assert.Equal(["rate", "lower_95", "upper_95", "lower_998", "upper_998", "method"], RateLayout.Columns());
        Assert.Equal(["referrals_rate_per_1000", "referrals_lower_95", "referrals_upper_95", "referrals_lower_998", "referrals_upper_998", "referrals_method"],
            RateLayout.Columns("rate_per_1000", "referrals_"));
    }

    [Fact]
    public void Cells_Shown_AreTheRateItsLimitsAndMethod()
    {
        Assert.Equal([12.0, 6.2, 21.0, 4.5, 25.0, "byar"], RateLayout.Cells(Rate));
    }

    [Fact]
    public void Cells_CountWithheld_LeaveEveryFigureEmptyAndSaySuppressed()
    {
        Assert.Equal([null, null, null, null, null, "suppressed"], RateLayout.Cells(Rate, hidden: true));
    }
}
