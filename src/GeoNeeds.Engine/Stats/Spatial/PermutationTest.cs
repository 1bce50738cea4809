using MathNet.Numerics.Distributions;

namespace GeoNeeds.Engine.Stats.Spatial;

/// <summary>The p-values the spatial statistics report: from the normal approximation and from random permutations.</summary>
public static class PermutationTest
{
    /// <summary>The number of permutations GeoDa and PySAL use by default, and GeoNeeds with them.</summary>
    public const int DefaultPermutations = 999;

    /// <summary>The seed GeoNeeds uses unless told otherwise, so a rerun gives the same pseudo p-values.</summary>
    public const int DefaultSeed = 20261127;

    /// <summary>
    /// The folded pseudo p-value of a permutation test (Anselin 1995, <i>Geographical Analysis</i> 27(2):93, section
    /// on inference; as PySAL esda's <c>p_sim</c>): (m + 1) ÷ (permutations + 1), where m is the number of permuted
    /// statistics at least as large as the observed one, or the number smaller than it when that is fewer.
    /// </summary>
    /// <param name="atLeastAsLarge">How many permuted statistics were ≥ the observed one.</param>
    /// <param name="permutations">How many permutations were drawn; at least 1.</param>
    /// <remarks>
    /// Never 0: with 999 permutations the smallest possible value is 0.001, and the largest is 0.5 because the test
    /// is one-sided in whichever direction the observed value lies.
    /// </remarks>
    public static double FoldedPseudoP(int atLeastAsLarge, int permutations)
    {
        var extreme = Math.Min(atLeastAsLarge, permutations - atLeastAsLarge);
        return (extreme + 1.0) / (permutations + 1.0);
    }

    /// <summary>The two-sided p-value of a standard normal deviate: 2 Φ(−|z|).</summary>
    public static double TwoSidedNormalP(double z) => 2 * Normal.CDF(0, 1, -Math.Abs(z));

    /// <summary>The checks of a permutation count every statistic makes.</summary>
    internal static void RequirePermutations(int permutations)
    {
        if (permutations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(permutations), permutations, "At least one permutation is needed; 999 is usual.");
        }
    }
}
