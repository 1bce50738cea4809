namespace GeoNeeds.Engine.Stats.Spatial;

/// <summary>Getis-Ord Gi*: the local hot-spot statistic of ArcGIS's "Hot Spot Analysis" and of many council needs assessments.</summary>
public static class GetisOrdGiStar
{
    /// <summary>
    /// Gi* = (Σⱼ wᵢⱼ xⱼ − x̄ Wᵢ) ÷ (S √((n S₁ᵢ − Wᵢ²) ÷ (n − 1))), where j runs over area i and its neighbours with binary
    /// weights wᵢⱼ = 1 (wᵢᵢ = 1 too), Wᵢ = Σⱼ wᵢⱼ, S₁ᵢ = Σⱼ wᵢⱼ², x̄ the mean and S = √(Σ (x − x̄)² ÷ n) over all n areas
    /// (Ord and Getis 1995, <i>Geographical Analysis</i> 27(4):286, the standardised form of Getis and Ord's 1992
    /// Gi*), read as a standard normal deviate with a two-sided p-value.
    /// </summary>
    /// <param name="weights">Which areas neighbour which; only the neighbour lists are used (binary weights).</param>
    /// <param name="values">One value per area, in the weights' order.</param>
    /// <remarks>
    /// The normal approximation is poor for areas with few neighbours and for skewed values (Ord and Getis 1995 advise
    /// 8 or more neighbours); contiguity gives LSOAs about 5 to 7. An island would reduce Gi* to its own standardised
    /// value, which is no statistic of clustering, so its result is null.
    /// </remarks>
    /// <exception cref="ArgumentException">As <see cref="GlobalMoran.Calculate"/>.</exception>
    public static IReadOnlyList<GetisOrdResult> Calculate(SpatialWeights weights, IReadOnlyList<double> values)
    {
        var deviations = SpatialDeviations.Of(weights, values);
        var n = (double)values.Count;
        var mean = values.Average();
        var s = Math.Sqrt(deviations.Sum(d => d * d) / n);
        var results = new GetisOrdResult[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            if (weights.NeighboursOf(i).Count == 0)
            {
                results[i] = new GetisOrdResult(null, null);
                continue;
            }

            var weightSum = weights.NeighboursOf(i).Count + 1.0;
            var localSum = values[i] + weights.Lag(i, values, WeightStyle.Binary);
            var z = (localSum - (mean * weightSum)) / (s * Math.Sqrt(((n * weightSum) - (weightSum * weightSum)) / (n - 1)));
            results[i] = new GetisOrdResult(z, PermutationTest.TwoSidedNormalP(z));
        }

        return results;
    }
}
