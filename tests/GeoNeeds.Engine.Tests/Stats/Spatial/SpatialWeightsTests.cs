using GeoNeeds.Engine.Stats.Spatial;

namespace GeoNeeds.Engine.Tests.Stats.Spatial;

public class SpatialWeightsTests
{
    [Fact]
    public void WeightSums_QueenFourByFourBinary_CountsEveryOrderedLink()
    {
        // 24 edge-sharing and 18 corner-sharing pairs, each counted both ways: S0 = 84 (libpysal lat2W(4, 4,
        // rook=False).s0 gives 84.0 too); with binary weights S1 = ½ Σ (1 + 1)² = 2 S0.
        var (s0, s1, _) = Lattice.Queen(4, 4).WeightSums(WeightStyle.Binary);

        Assert.Equal(84, s0);
        Assert.Equal(168, s1);
    }

    [Fact]
    public void WeightSums_RowStandardisedWithoutIslands_S0IsTheNumberOfAreas()
    {
        var (s0, _, _) = Lattice.Rook(3, 5).WeightSums(WeightStyle.RowStandardised);

        Assert.Equal(15, s0, 12);
    }

    [Fact]
    public void Islands_AreaWithNoNeighbour_IsListed()
    {
        var weights = SpatialWeights.FromNeighbours([[1], [0], []]);

        Assert.Equal([2], weights.Islands);
        Assert.Equal(1, weights.Links);
        Assert.Equal(0, weights.LinkWeight(2, WeightStyle.RowStandardised));
    }

    [Fact]
    public void FromNeighbours_OneSidedLink_ThrowsNamingBothAreas()
    {
        var error = Assert.Throws<ArgumentException>(() => SpatialWeights.FromNeighbours([[1], [], []]));

        Assert.StartsWith("Area 0 lists 1 as a neighbour but 1 does not list 0; contiguity is symmetric.", error.Message);
    }

    [Fact]
    public void FromNeighbours_AreaListsItself_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => SpatialWeights.FromNeighbours([[0], []]));

        Assert.StartsWith("Area 0 lists neighbour 0: neighbours must be other areas 0..1, each listed once.", error.Message);
    }

    [Fact]
    public void Lag_RowStandardised_IsTheNeighboursMean()
    {
        // Cell 4 is the centre of a 3 × 3 rook grid; its neighbours 1, 3, 5, 7 hold 2, 4, 6, 8.
        double[] values = [1, 2, 3, 4, 5, 6, 7, 8, 9];

        Assert.Equal(5.0, Lattice.Rook(3, 3).Lag(4, values, WeightStyle.RowStandardised), 12);
    }

    [Fact]
    public void NeighboursOf_ListedInAnyOrder_AreInAscendingOrder()
    {
        var weights = SpatialWeights.FromNeighbours([[2, 1], [0], [0]]);

        Assert.Equal([1, 2], weights.NeighboursOf(0));
    }
}
