using GeoNeeds.Engine.Stats.Spatial;

namespace GeoNeeds.Engine.Tests.Stats.Spatial;

/// <summary>
/// Expected values are worked by hand where the comment says so, otherwise printed by
/// reference/spatial_autocorrelation_reference.py (libpysal lattice neighbours, numpy formulas typed from the papers).
/// </summary>
public class GlobalMoranTests
{
    [Fact]
    public void Calculate_RookCheckerboard_IsExactlyMinusOne()
    {
        // By hand: on an even checkerboard of 0/1 every deviation is ±0.5 and every rook neighbour has the other
        // colour, so every cross-product is −0.25 = −z²: I = (n / S0)(−0.25 S0) / (0.25 n) = −1 for any weights.
        var result = GlobalMoran.Calculate(Lattice.Rook(4, 4), Lattice.Checkerboard(4, 4));

        Assert.Equal(-1.0, result.I, 12);
    }

    [Fact]
    public void Calculate_QueenCheckerboardBinary_IsMinusOneSeventh()
    {
        // By hand: queen adds the 18 diagonal pairs, which share a colour. Σ wᵢⱼ zᵢ zⱼ = 48 × (−0.25) + 36 × 0.25 = −3
        // over S0 = 84 ordered links, Σ z² = 16 × 0.25 = 4: I = 16/84 × (−3)/4 = −1/7. Queen and rook differ here.
        var result = GlobalMoran.Calculate(Lattice.Queen(4, 4), Lattice.Checkerboard(4, 4), style: WeightStyle.Binary);

        Assert.Equal(-1.0 / 7, result.I, 12);
    }

    [Fact]
    public void Calculate_QueenCheckerboardRowStandardised_MatchesReference()
    {
        // Reference script: I = −0.18333333333333335, z = −0.9083724656719164 (not significant).
        var result = GlobalMoran.Calculate(Lattice.Queen(4, 4), Lattice.Checkerboard(4, 4));

        Assert.Equal(-0.18333333333333335, result.I, 12);
        Assert.Equal(-0.9083724656719164, result.ZNormality, 10);
    }

    [Fact]
    public void Calculate_RookCheckerboard_NormalityInferenceMatchesReference()
    {
        // Reference script, rook row-standardised: E = −1/15, Var = 0.03483932461873638, z = −5.000367374919107,
        // p = 5.722117795165185e-07; relative tolerance 1e-10.
        var result = GlobalMoran.Calculate(Lattice.Rook(4, 4), Lattice.Checkerboard(4, 4));

        Assert.Equal(-1.0 / 15, result.Expected, 14);
        RelativeAssert.Equal(0.03483932461873638, result.VarianceNormality, 1e-10);
        RelativeAssert.Equal(-5.000367374919107, result.ZNormality, 1e-10);
        RelativeAssert.Equal(5.722117795165185e-07, result.PNormality, 1e-8);
    }

    [Fact]
    public void Calculate_RookCheckerboard_PermutationPIsTheSmallestPossible()
    {
        // No reordering of the values can be more negative than −1, so the folded count is 0: p = 1 / (999 + 1).
        var result = GlobalMoran.Calculate(Lattice.Rook(4, 4), Lattice.Checkerboard(4, 4));

        Assert.Equal(0.001, result.PPermutation, 12);
        Assert.Equal(999, result.Permutations);
    }

    [Fact]
    public void Calculate_SmoothGradient_IsStronglyPositive()
    {
        // Reference script, values row + column on a 5 × 5 rook grid, row-standardised: I = 0.84, z = 5.868496581749831.
        var result = GlobalMoran.Calculate(Lattice.Rook(5, 5), Lattice.Gradient(5, 5));

        Assert.Equal(0.84, result.I, 12);
        RelativeAssert.Equal(5.868496581749831, result.ZNormality, 1e-10);
        Assert.Equal(0.001, result.PPermutation, 12);
    }

    [Fact]
    public void Calculate_ManyPermutations_PermutationZApproachesTheRandomisationZ()
    {
        // Over all permutations I has mean −1/(n − 1) and the randomisation variance of Cliff & Ord (1981, eq. 1.36),
        // worked here in plain Python for the 5 × 5 rook gradient (S0 = 25, b2 = 2.35): Var = 0.023037037037037033,
        // z = (0.84 + 1/24) / √Var = 5.808862698677773. 9,999 permutations estimate that z to within a few hundredths.
        var result = GlobalMoran.Calculate(Lattice.Rook(5, 5), Lattice.Gradient(5, 5), permutations: 9_999);

        Assert.InRange(result.ZPermutation!.Value, 5.808862698677773 - 0.2, 5.808862698677773 + 0.2);
        Assert.Equal(1.0 / 10_000, result.PPermutation, 12);
    }

    [Fact]
    public void Calculate_SameSeed_GivesTheSamePseudoP()
    {
        double[] values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3];

        var first = GlobalMoran.Calculate(Lattice.Queen(4, 4), values, seed: 7);
        var second = GlobalMoran.Calculate(Lattice.Queen(4, 4), values, seed: 7);

        Assert.Equal(first.PPermutation, second.PPermutation);
        Assert.Equal(first.ZPermutation, second.ZPermutation);
    }

    [Fact]
    public void Calculate_AllValuesEqual_ThrowsSayingThereIsNoVariation()
    {
        var error = Assert.Throws<ArgumentException>(() => GlobalMoran.Calculate(Lattice.Rook(2, 2), [2.5, 2.5, 2.5, 2.5]));

        Assert.StartsWith("Every value is 2.5; with no variation there is nothing to cluster.", error.Message);
    }

    [Fact]
    public void Calculate_NoLinksAtAll_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => GlobalMoran.Calculate(SpatialWeights.FromNeighbours([[], [], []]), [1, 2, 3]));

        Assert.StartsWith("No area has a neighbour, so spatial autocorrelation cannot be measured.", error.Message);
    }
}
