using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.AreaValues;
using GeoNeeds.Engine.Stats.Spatial;
using GeoNeeds.Engine.Tests.Geo;

namespace GeoNeeds.Engine.Tests.Indicators;

public class HotSpotAnalysisTests
{
    [Fact]
    public void Run_CodeNotAmongPolygons_FaultNamesTheTableLineAndColumn()
    {
        var values = Table(("r0c0", 1), ("r0c1", 2), ("X99", 3), ("r1c1", 4));

        var error = Assert.Throws<InputDataException>(() => HotSpotAnalysis.Run(SquareGrid.Of(2, 2), "grid.geojson", values));

        Assert.Equal("rates.csv:4:area_code: 'X99' is not an area of grid.geojson (4 areas); hot spots need the table and the polygons to hold the same areas", error.Message);
    }

    [Fact]
    public void Run_PolygonWithoutRow_FaultNamesTheAreaAndItsFeature()
    {
        var values = Table(("r0c0", 1), ("r0c1", 2), ("r1c0", 3));

        var error = Assert.Throws<InputDataException>(() => HotSpotAnalysis.Run(SquareGrid.Of(2, 2), "grid.geojson", values));

        Assert.Equal("rates.csv:area_code: 1 area(s) of grid.geojson have no row: 'r1c1' (feature 4); hot spots need a value for every polygon (or a boundary file without them)", error.Message);
    }

    [Fact]
    public void Run_Island_WarnsAndLeavesItsLocalStatisticsEmpty()
    {
        var layer = SquareGrid.Of(2, 2, ("FAR", SquareGrid.Square(100, 100)));
        var values = Table(("r0c0", 1), ("r0c1", 2), ("r1c0", 3), ("r1c1", 5), ("FAR", 9));

        var result = HotSpotAnalysis.Run(layer, "grid.geojson", values);

        var island = result.Rows.Single(row => row.Code == "FAR");
        Assert.True(island.IsIsland);
        Assert.Equal(new GetisOrdResult(null, null), island.GiStar);
        Assert.Equal(ClusterLabel.NotSignificant, island.LocalMoran.Label);
        Assert.Equal(
            "1 area(s) touch no other area (islands): FAR; their Gi* and local Moran's I are left empty and their cluster is ns. They still count in the global Moran's I mean and variance.",
            Assert.Single(result.Warnings));
    }

    [Fact]
    public void Run_AllValuesEqual_FaultNamesTheValueColumn()
    {
        var values = Table(("r0c0", 4), ("r0c1", 4), ("r1c0", 4), ("r1c1", 4));

        var error = Assert.Throws<InputDataException>(() => HotSpotAnalysis.Run(SquareGrid.Of(2, 2), "grid.geojson", values));

        Assert.Equal("rates.csv:rate: every value is 4; with no variation there are no hot spots", error.Message);
    }

    [Fact]
    public void Run_Rows_FollowTheTableOrder()
    {
        var values = Table(("r1c1", 4), ("r0c0", 1), ("r1c0", 3), ("r0c1", 2));

        var result = HotSpotAnalysis.Run(SquareGrid.Of(2, 2), "grid.geojson", values);

        Assert.Equal(["r1c1", "r0c0", "r1c0", "r0c1"], result.Rows.Select(row => row.Code));
        Assert.Equal(6, result.NeighbourPairs);
    }

    private static AreaValueTable Table(params (string Code, double Value)[] rows) =>
        new("rates.csv", "area_code", "rate", [.. rows.Select((row, i) => new AreaValue(row.Code, row.Value, i + 2))]);
}
