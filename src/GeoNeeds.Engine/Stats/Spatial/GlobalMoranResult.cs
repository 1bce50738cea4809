namespace GeoNeeds.Engine.Stats.Spatial;

/// <summary>Global Moran's I with its inference under normality and by random permutation, and the provenance that travels with it.</summary>
/// <param name="I">Moran's I: above its expectation, similar values cluster; below, neighbours differ (−1 for a perfect checkerboard).</param>
/// <param name="Expected">E[I] = −1 ÷ (n − 1) under no spatial autocorrelation.</param>
/// <param name="VarianceNormality">Var[I] under the normality assumption (Cliff and Ord 1981).</param>
/// <param name="ZNormality">(I − E[I]) ÷ √Var[I].</param>
/// <param name="PNormality">Two-sided p-value of <paramref name="ZNormality"/>.</param>
/// <param name="Permutations">How many random permutations of the values were drawn.</param>
/// <param name="PPermutation">Folded pseudo p-value (see <see cref="PermutationTest.FoldedPseudoP"/>).</param>
/// <param name="ZPermutation">(I − mean of permuted I) ÷ their standard deviation; null when they do not vary.</param>
/// <param name="Style">The weights the statistic used.</param>
/// <param name="Seed">The seed of the permutations, so the pseudo p-value can be reproduced.</param>
public sealed record GlobalMoranResult(
    double I,
    double Expected,
    double VarianceNormality,
    double ZNormality,
    double PNormality,
    int Permutations,
    double PPermutation,
    double? ZPermutation,
    WeightStyle Style,
    int Seed)
{
    /// <summary>The method and its sources, for output metadata.</summary>
    public const string Source =
        "Global Moran's I (Moran 1950; Cliff & Ord 1981, Spatial Processes, ch. 2) with inference under normality and by " +
        "random permutation with a folded pseudo p-value (as GeoDa and PySAL esda).";
}
