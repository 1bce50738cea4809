namespace GeoNeeds.Engine.Stats.Spatial;

/// <summary>Global Moran's I: whether an indicator clusters in space across the whole study area.</summary>
public static class GlobalMoran
{
    /// <summary>
    /// Moran's I = (n ÷ S0) Σᵢⱼ wᵢⱼ zᵢ zⱼ ÷ Σᵢ zᵢ², with z the deviations from the mean (Moran 1950, <i>Biometrika</i>
    /// 37:17; Cliff and Ord 1981, <i>Spatial Processes</i>, ch. 1), its expectation −1 ÷ (n − 1) and its variance
    /// under normality (n² S1 − n S2 + 3 S0²) ÷ ((n² − 1) S0²) − E[I]² (Cliff and Ord 1981, ch. 2; as PySAL esda
    /// <c>Moran.VI_norm</c>), and a permutation test over <paramref name="permutations"/> random reorderings of the values.
    /// </summary>
    /// <param name="weights">Which areas neighbour which.</param>
    /// <param name="values">One value per area, in the weights' order.</param>
    /// <param name="permutations">Random permutations for the pseudo p-value; 999 is usual.</param>
    /// <param name="seed">Seed of the permutations; the same seed gives the same pseudo p-value.</param>
    /// <param name="style">Row-standardised weights (the GeoDa and PySAL default) or binary ones.</param>
    /// <remarks>
    /// Islands (areas with no neighbour) contribute nothing to the numerator or to S0 but still count in n and in the
    /// variance of the values, as in PySAL. A perfect checkerboard of two values on rook contiguity gives exactly −1.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// Fewer than 3 areas, no neighbour links at all, a value count that differs from the areas, a value that is not
    /// finite, or values that are all equal (I is then undefined).
    /// </exception>
    public static GlobalMoranResult Calculate(
        SpatialWeights weights,
        IReadOnlyList<double> values,
        int permutations = PermutationTest.DefaultPermutations,
        int seed = PermutationTest.DefaultSeed,
        WeightStyle style = WeightStyle.RowStandardised)
    {
        var deviations = SpatialDeviations.Of(weights, values);
        PermutationTest.RequirePermutations(permutations);
        if (weights.Links == 0)
        {
            throw new ArgumentException("No area has a neighbour, so spatial autocorrelation cannot be measured.", nameof(weights));
        }

        var n = (double)weights.Count;
        var (s0, s1, s2) = weights.WeightSums(style);
        var sumOfSquares = deviations.Sum(z => z * z);
        var observed = Statistic(weights, deviations, style, s0, sumOfSquares);
        var expected = -1 / (n - 1);
        var variance = (((n * n * s1) - (n * s2) + (3 * s0 * s0)) / (((n * n) - 1) * s0 * s0)) - (expected * expected);
        var z = (observed - expected) / Math.Sqrt(variance);

        var random = new Random(seed);
        var shuffled = deviations.ToArray();
        var permuted = new double[permutations];
        for (var p = 0; p < permutations; p++)
        {
            random.Shuffle(shuffled);
            permuted[p] = Statistic(weights, shuffled, style, s0, sumOfSquares);
        }

        var mean = permuted.Average();
        var spread = Math.Sqrt(permuted.Sum(value => (value - mean) * (value - mean)) / (permutations - 1.0));
        return new GlobalMoranResult(
            observed,
            expected,
            variance,
            z,
            PermutationTest.TwoSidedNormalP(z),
            permutations,
            PermutationTest.FoldedPseudoP(permuted.Count(value => value >= observed), permutations),
            spread > 0 ? (observed - mean) / spread : null,
            style,
            seed);
    }

    private static double Statistic(SpatialWeights weights, IReadOnlyList<double> deviations, WeightStyle style, double s0, double sumOfSquares)
    {
        var crossProducts = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            crossProducts += deviations[i] * weights.Lag(i, deviations, style);
        }

        return weights.Count / s0 * crossProducts / sumOfSquares;
    }
}
