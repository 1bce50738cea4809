using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Stats.Spatial;
using GeoNeeds.Engine.Tests.Join;

namespace GeoNeeds.Engine.Tests.Geo;

public class ContiguityWeightsTests
{
    [Fact]
    public void Queen_ThreeByThreeSquares_CentreTouchesAllEight()
    {
        var weights = ContiguityWeights.Queen(SquareGrid.Of(3, 3));

        Assert.Equal(["r0c0", "r0c1", "r0c2", "r1c0", "r1c2", "r2c0", "r2c1", "r2c2"], Neighbours(weights, "r1c1"));
    }

    [Fact]
    public void Rook_ThreeByThreeSquares_CentreTouchesOnlyTheFourEdgeNeighbours()
    {
        var weights = ContiguityWeights.Rook(SquareGrid.Of(3, 3));

        Assert.Equal(["r0c1", "r1c0", "r1c2", "r2c1"], Neighbours(weights, "r1c1"));
    }

    [Fact]
    public void Queen_CornerOnlyContact_AreNeighbours()
    {
        var layer = Layers.FromWkt("lsoa", ("A", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"), ("B", "POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10))"));

        Assert.Equal(["B"], Neighbours(ContiguityWeights.Queen(layer), "A"));
        Assert.Empty(Neighbours(ContiguityWeights.Rook(layer), "A"));
    }

    [Fact]
    public void Queen_DetachedSquare_IsReportedAsAnIsland()
    {
        var layer = Layers.FromWkt("lsoa",
            ("A", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
            ("B", "POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))"),
            ("FAR", "POLYGON ((100 0, 110 0, 110 10, 100 10, 100 0))"));

        var weights = ContiguityWeights.Queen(layer);

        Assert.Equal(["FAR"], weights.IslandCodes);
        Assert.Equal(1, weights.Links);
    }

    [Fact]
    public void Queen_SliverBelowTolerance_CountsAsTouching()
    {
        // A 0.4-unit gap between two squares, as generalised boundaries leave: no contact at 0, contact at 1.
        var layer = Layers.FromWkt("lsoa", ("A", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"), ("B", "POLYGON ((10.4 0, 20 0, 20 10, 10.4 10, 10.4 0))"));

        Assert.Equal(["A", "B"], ContiguityWeights.Queen(layer).IslandCodes);
        Assert.Empty(ContiguityWeights.Queen(layer, tolerance: 1).IslandCodes);
    }

    [Fact]
    public void Queen_Codes_FollowTheLayerOrder()
    {
        var weights = ContiguityWeights.Queen(SquareGrid.Of(2, 2));

        Assert.Equal(["r0c0", "r0c1", "r1c0", "r1c1"], weights.Codes);
        Assert.Equal(3, weights.IndexOf("r1c1"));
        Assert.Equal(-1, weights.IndexOf("nowhere"));
    }

    [Fact]
    public void GlobalMoran_CheckerboardPolygons_RookIsMinusOneQueenIsMinusOneSeventh()
    {
        // 4 × 4 squares coloured 0/1 like a checkerboard. Rook: every neighbour has the other colour, I = −1 exactly.
        // Queen adds the same-colour diagonals: with binary weights I = −1/7 (worked by hand in GlobalMoranTests).
        var layer = SquareGrid.Of(4, 4);
        double[] colours = [.. layer.Areas.Select((_, i) => (double)(((i / 4) + (i % 4)) % 2))];

        var rook = GlobalMoran.Calculate(SpatialWeights.FromNeighbours(ContiguityWeights.Rook(layer).Neighbours), colours);
        var queen = GlobalMoran.Calculate(SpatialWeights.FromNeighbours(ContiguityWeights.Queen(layer).Neighbours), colours, style: WeightStyle.Binary);

        Assert.Equal(-1.0, rook.I, 12);
        Assert.Equal(-1.0 / 7, queen.I, 12);
    }

    [SkippableFact]
    public void Queen_CoventryLsoas_EveryAreaHasNeighbours()
    {
        // Coventry's 195 generalised 2011 LSOAs form one contiguous city: no island at tolerance 0.
        var layer = BoundaryReader.Read(SharedData.Require("boundaries/lsoa11_E08000026.geojson"), new BoundaryReadOptions { CodeField = "LSOA11CD" });

        var weights = ContiguityWeights.Queen(layer);

        Assert.Equal(195, weights.Codes.Count);
        Assert.Empty(weights.IslandCodes);
        Assert.InRange(2.0 * weights.Links / weights.Codes.Count, 4.0, 8.0);
    }

    private static IEnumerable<string> Neighbours(ContiguityWeights weights, string code) =>
        weights.Neighbours[weights.IndexOf(code)].Select(i => weights.Codes[i]);
}
