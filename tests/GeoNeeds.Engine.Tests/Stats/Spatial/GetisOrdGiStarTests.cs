using GeoNeeds.Engine.Stats.Spatial;

namespace GeoNeeds.Engine.Tests.Stats.Spatial;

public class GetisOrdGiStarTests
{
    private static readonly double[] OneToNine = [1, 2, 3, 4, 5, 6, 7, 8, 9];

    [Fact]
    public void Calculate_CornerOfOneToNineGrid_IsMinusSixteenOverRootSixty()
    {
        // By hand, 3 × 3 rook grid holding 1..9 row by row: x̄ = 5, S = √(60/9). Corner 0 with itself and neighbours
        // 1 and 3: Σ wx = 1 + 2 + 4 = 7, W = 3, numerator 7 − 15 = −8; denominator S √((9×3 − 9)/8) = 1.5 S:
        // Gi* = −8 ÷ (1.5 √(60/9)) = −16/√60 = −2.0655911179772892.
        var result = GetisOrdGiStar.Calculate(Lattice.Rook(3, 3), OneToNine);

        Assert.Equal(-16 / Math.Sqrt(60), result[0].Z!.Value, 12);
    }

    [Fact]
    public void Calculate_OneToNineGrid_EveryCellMatchesReference()
    {
        // Reference script (numpy, Ord & Getis 1995 formula on libpysal lat2W(3, 3) weights plus the diagonal).
        double[] expected =
        [
            -2.065591117977289, -2.2045407685048604, -1.0327955589886444, -0.7348469228349533, 0.0,
            0.7348469228349533, 1.0327955589886444, 2.2045407685048604, 2.065591117977289,
        ];

        var result = GetisOrdGiStar.Calculate(Lattice.Rook(3, 3), OneToNine);

        Assert.Equal(expected.Length, result.Count);
        for (var cell = 0; cell < expected.Length; cell++)
        {
            Assert.Equal(expected[cell], result[cell].Z!.Value, 12);
        }
    }

    [Fact]
    public void Calculate_CornerOfOneToNineGrid_PIsTwoSidedNormal()
    {
        // Reference script: erfc(16/√60 ÷ √2) = 2 Φ(−16/√60) = 0.03886710381241727; relative tolerance 1e-9.
        var result = GetisOrdGiStar.Calculate(Lattice.Rook(3, 3), OneToNine);

        RelativeAssert.Equal(0.03886710381241727, result[0].P, 1e-9);
    }

    [Fact]
    public void Calculate_Island_HasNoStatistic()
    {
        var weights = SpatialWeights.FromNeighbours([[1], [0, 2], [1], []]);

        var result = GetisOrdGiStar.Calculate(weights, [1, 2, 3, 100]);

        Assert.Equal(new GetisOrdResult(null, null), result[3]);
    }
}
