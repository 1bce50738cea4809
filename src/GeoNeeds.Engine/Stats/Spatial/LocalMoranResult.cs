namespace GeoNeeds.Engine.Stats.Spatial;

/// <summary>The local Moran's I of one area with its conditional-permutation pseudo p-value and cluster label.</summary>
/// <param name="I">Iᵢ; null for an island, which has no neighbourhood to compare with.</param>
/// <param name="PseudoP">Folded pseudo p-value from conditional permutations; null for an island.</param>
/// <param name="Label">HH/LL/HL/LH when <paramref name="PseudoP"/> is below the significance level, otherwise (and for islands) ns.</param>
public sealed record LocalMoranResult(double? I, double? PseudoP, ClusterLabel Label)
{
    /// <summary>The method and its sources, for output metadata.</summary>
    public const string Source =
        "Local Moran's I (Anselin 1995, Local Indicators of Spatial Association - LISA, Geographical Analysis 27(2):93-115) " +
        "on row-standardised weights, with conditional permutation pseudo p-values (as GeoDa and PySAL esda Moran_Local).";
}
