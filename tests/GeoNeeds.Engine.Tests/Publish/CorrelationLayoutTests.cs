using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Publish;

public class CorrelationLayoutTests
{
    [Fact]
    public void Cells_FollowTheColumnsInOrder()
    {
        // Distinct numbers in every field, so a cell out of place shows.
        var summary = new CorrelationSummary(12, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7);

        Assert.Equal(["n", "pearson_r", "pearson_p", "spearman_rho", "spearman_p", "slope", "intercept", "r_squared"], CorrelationLayout.Columns);
        Assert.Equal([12, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7], CorrelationLayout.Cells(summary));
    }
}
