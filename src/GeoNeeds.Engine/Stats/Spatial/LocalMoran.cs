namespace GeoNeeds.Engine.Stats.Spatial;

/// <summary>Local Moran's I: which areas sit in a cluster of similar values (hot or cold spots) or stand out from their neighbours.</summary>
public static class LocalMoran
{
    /// <summary>The significance level of the cluster labels, as GeoDa's cluster map uses by default.</summary>
    public const double DefaultSignificance = 0.05;

    /// <summary>
    /// Iᵢ = (zᵢ ÷ m₂) Σⱼ wᵢⱼ zⱼ with z the deviations from the mean and m₂ = Σ z² ÷ n, on row-standardised weights
    /// (Anselin 1995, <i>Geographical Analysis</i> 27(2):93; as PySAL esda <c>Moran_Local</c>), tested by
    /// conditional permutation: area i keeps its value while its neighbours' are drawn at random, without replacement,
    /// from the other n − 1 values, <paramref name="permutations"/> times; the pseudo p-value is folded
    /// (<see cref="PermutationTest.FoldedPseudoP"/>).
    /// </summary>
    /// <param name="weights">Which areas neighbour which.</param>
    /// <param name="values">One value per area, in the weights' order.</param>
    /// <param name="permutations">Conditional permutations per area; 999 is usual.</param>
    /// <param name="seed">Seed of the permutations; the same seed gives the same pseudo p-values.</param>
    /// <param name="significance">Pseudo p-values below this get a cluster label; 0.05 by default.</param>
    /// <remarks>
    /// Quadrants: an area is High when its deviation is above 0 and its neighbours' weighted mean deviation (the lag)
    /// is above 0, as PySAL esda assigns them (exactly 0 counts as Low). An island has no lag: its I and pseudo p-value
    /// are null and its label is ns (PySAL would report I = 0 with the smallest pseudo p-value, which reads as
    /// significant). The pseudo p-values are not adjusted for the many areas tested; about 5% of areas are labelled by
    /// chance alone at 0.05 when there is no clustering at all.
    /// </remarks>
    /// <exception cref="ArgumentException">As <see cref="GlobalMoran.Calculate"/>; also a significance outside (0, 1).</exception>
    public static IReadOnlyList<LocalMoranResult> Calculate(
        SpatialWeights weights,
        IReadOnlyList<double> values,
        int permutations = PermutationTest.DefaultPermutations,
        int seed = PermutationTest.DefaultSeed,
        double significance = DefaultSignificance)
    {
        var z = SpatialDeviations.Of(weights, values);
        PermutationTest.RequirePermutations(permutations);
        if (!(significance > 0 && significance < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(significance), significance, "The significance level must be strictly between 0 and 1, e.g. 0.05.");
        }

        var m2 = z.Sum(d => d * d) / z.Length;
        var random = new Random(seed);
        var order = Enumerable.Range(0, z.Length).ToArray();
        var results = new LocalMoranResult[z.Length];
        for (var i = 0; i < z.Length; i++)
        {
            var neighbours = weights.NeighboursOf(i).Count;
            if (neighbours == 0)
            {
                results[i] = new LocalMoranResult(null, null, ClusterLabel.NotSignificant);
                continue;
            }

            var lag = weights.Lag(i, z, WeightStyle.RowStandardised);
            var observed = z[i] * lag / m2;
            var atLeastAsLarge = 0;
            for (var p = 0; p < permutations; p++)
            {
                var permutedLag = DrawOthers(random, order, z, i, neighbours) * weights.LinkWeight(i, WeightStyle.RowStandardised);
                if (z[i] * permutedLag / m2 >= observed)
                {
                    atLeastAsLarge++;
                }
            }

            var pseudoP = PermutationTest.FoldedPseudoP(atLeastAsLarge, permutations);
            results[i] = new LocalMoranResult(observed, pseudoP, pseudoP < significance ? Quadrant(z[i], lag) : ClusterLabel.NotSignificant);
        }

        return results;
    }

    private static ClusterLabel Quadrant(double deviation, double lag) => (deviation > 0, lag > 0) switch
    {
        (true, true) => ClusterLabel.HighHigh,
        (false, false) => ClusterLabel.LowLow,
        (true, false) => ClusterLabel.HighLow,
        (false, true) => ClusterLabel.LowHigh,
    };

    /// <summary>
    /// The sum of <paramref name="count"/> values drawn without replacement from every area but <paramref name="area"/>:
    /// the first areas other than it in a partial Fisher-Yates shuffle of <paramref name="order"/> (a permutation of all
    /// areas, reused and left shuffled).
    /// </summary>
    private static double DrawOthers(Random random, int[] order, double[] z, int area, int count)
    {
        var sum = 0.0;
        for (int drawn = 0, k = 0; drawn < count; k++)
        {
            var pick = random.Next(k, order.Length);
            (order[k], order[pick]) = (order[pick], order[k]);
            if (order[k] != area)
            {
                sum += z[order[k]];
                drawn++;
            }
        }

        return sum;
    }
}
