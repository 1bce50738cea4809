using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Publish;

public class InequalityLayoutTests
{
    // Two deciles are enough to show the layout; every figure differs, so a cell out of place shows.
    private static readonly InequalityResult Result = new(
        [
            new DecileRate(1, 3, 12, 1_000, 0.25, new RateEstimate(12, 1_000, 1_000, 12, 6.2, 21.0, 4.5, 25.0, "byar", null)),
            new DecileRate(2, 4, 3, 1_000, 0.75, new RateEstimate(3, 1_000, 1_000, 3, 0.6, 8.8, 0.2, 12.1, "exact", null)),
        ],
        new RateEstimate(15, 2_000, 1_000, 7.5, 4.2, 12.4, 3.3, 14.6, "byar", null),
        new InequalityEstimate(new LimitedValue(-9, -12, -6, -13, -5), new LimitedValue(0.4, 0.3, 0.5, 0.2, 0.6), [0.25, 0.75], 1_000, 1, "phe_sii", null));

    [Fact]
    public void Rows_EachDecileThenAllThenTheIndexes()
    {
        Assert.Equal(
            ["measure", "imd_decile", "count", "population", "relative_rank", "value", "lower_95", "upper_95", "lower_998", "upper_998", "method"],
            InequalityLayout.Columns);
        Assert.Equal(
            [
                ["rate", 1, 12.0, 1_000.0, 0.25, 12.0, 6.2, 21.0, 4.5, 25.0, "byar"],
                ["rate", 2, 3.0, 1_000.0, 0.75, 3.0, 0.6, 8.8, 0.2, 12.1, "exact"],
                ["rate", "all", 15.0, 2_000.0, null, 7.5, 4.2, 12.4, 3.3, 14.6, "byar"],
                ["sii", null, null, null, null, -9.0, -12.0, -6.0, -13.0, -5.0, "phe_sii"],
                ["rii", null, null, null, null, 0.4, 0.3, 0.5, 0.2, 0.6, "phe_sii"],
            ],
            InequalityLayout.Rows(Result).Select(row => row.ToArray()).ToArray());
    }

    [Fact]
    public void Rows_DecileWithheld_ShowsTheStarAndNoRate()
    {
        var rows = InequalityLayout.Rows(Result, decile => decile == 2).ToList();

        Assert.Equal(["rate", 2, "*", 1_000.0, 0.75, null, null, null, null, null, "suppressed"], rows[1]);
        Assert.Equal(12.0, rows[0][2]);
        Assert.Equal(15.0, rows[2][2]);
    }

    [Fact]
    public void Rows_AllDecilesWithheld_ShowsTheStarOnTheAllRow()
    {
        var rows = InequalityLayout.Rows(Result, decile => decile is null).ToList();

        Assert.Equal(["rate", "all", "*", 2_000.0, null, null, null, null, null, null, "suppressed"], rows[2]);
        Assert.Equal(3.0, rows[1][2]);
    }
}
