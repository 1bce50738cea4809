using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Stats.Spatial;

namespace GeoNeeds.Engine.Tests.Publish;

public class HotSpotLayoutTests
{
    [Fact]
    public void Row_IsTheAreasStatisticsAndItsClusterCode()
    {
        var row = new HotSpotRow("E01000001", 12.5, new GetisOrdResult(2.1, 0.036), new LocalMoranResult(0.8, 0.01, ClusterLabel.HighHigh), false);

        Assert.Equal(["area_code", "area_name", "gi_z", "gi_p", "moran_i", "moran_p", "cluster"], HotSpotLayout.Columns);
        Assert.Equal(["E01000001", "Harbour", 2.1, 0.036, 0.8, 0.01, "HH"], HotSpotLayout.Row(row, "Harbour"));
    }

    [Fact]
    public void GlobalCells_AreMoransIWithBothInferences()
    {
        var global = new GlobalMoranResult(0.31, -0.1, 0.02, 2.9, 0.004, 999, 0.003, 3.1, WeightStyle.RowStandardised, 7);

        Assert.Equal(["moran_i", "expected_i", "z_normality", "p_normality", "p_permutation", "permutations"], HotSpotLayout.GlobalColumns);
        Assert.Equal([0.31, -0.1, 2.9, 0.004, 0.003, 999], HotSpotLayout.GlobalCells(global));
    }
}
