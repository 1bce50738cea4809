using GeoNeeds.Engine.Stats.Spatial;

namespace GeoNeeds.Engine.Tests.Stats.Spatial;

public class LocalMoranTests
{
    private static readonly double[] OneToNine = [1, 2, 3, 4, 5, 6, 7, 8, 9];

    [Fact]
    public void Calculate_CornerOfOneToNineGrid_MatchesHandValue()
    {
        // By hand, 3 × 3 rook grid holding 1..9 row by row: mean 5, m₂ = 60/9; corner 0 has z = −4 and neighbours
        // 2 and 4 (z −3 and −1), lag −2: I₀ = −4 × −2 ÷ (60/9) = 1.2.
        var result = LocalMoran.Calculate(Lattice.Rook(3, 3), OneToNine);

        Assert.Equal(1.2, result[0].I!.Value, 12);
    }

    [Fact]
    public void Calculate_ManyPermutations_PseudoPApproachesTheExactConditionalP()
    {
        // By hand: the corner's two neighbours are drawn from the 8 other deviations −3..4; I ≥ 1.2 needs their sum ≤ −4,
        // which 2 of the C(8,2) = 28 pairs give ((−3,−2), (−3,−1)): exact one-sided p = 1/14 (the reference script
        // enumerates the same). With 9,999 permutations the standard error is 0.0026; tolerance 0.01.
        var result = LocalMoran.Calculate(Lattice.Rook(3, 3), OneToNine, permutations: 9999);

        Assert.InRange(result[0].PseudoP!.Value, (1.0 / 14) - 0.01, (1.0 / 14) + 0.01);
    }

    [Fact]
    public void Calculate_HighBlockInLowField_LabelsItsCentreHighHigh()
    {
        // A 7 × 7 rook grid of 0 with a 3 × 3 block of 10 in the middle: the block's centre (cell 24) is high among high.
        var values = new double[49];
        foreach (var cell in new[] { 16, 17, 18, 23, 24, 25, 30, 31, 32 })
        {
            values[cell] = 10;
        }

        var result = LocalMoran.Calculate(Lattice.Rook(7, 7), values);

        Assert.Equal(ClusterLabel.HighHigh, result[24].Label);
        Assert.True(result[24].PseudoP < 0.05, $"pseudo p {result[24].PseudoP}");
        Assert.Equal(ClusterLabel.NotSignificant, result[0].Label);
    }

    [Fact]
    public void Calculate_Island_HasNoStatisticAndIsNotSignificant()
    {
        var weights = SpatialWeights.FromNeighbours([[1], [0, 2], [1], []]);

        var result = LocalMoran.Calculate(weights, [1, 2, 3, 100]);

        Assert.Equal(new LocalMoranResult(null, null, ClusterLabel.NotSignificant), result[3]);
    }

    [Fact]
    public void Calculate_SameSeed_GivesTheSamePseudoPValues()
    {
        var first = LocalMoran.Calculate(Lattice.Queen(4, 4), Lattice.Gradient(4, 4), seed: 11);
        var second = LocalMoran.Calculate(Lattice.Queen(4, 4), Lattice.Gradient(4, 4), seed: 11);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Code_EachLabel_IsWrittenAsGeoDaDoes()
    {
        Assert.Equal(["ns", "HH", "LL", "HL", "LH"], Enum.GetValues<ClusterLabel>().Select(label => label.Code()));
    }
}
