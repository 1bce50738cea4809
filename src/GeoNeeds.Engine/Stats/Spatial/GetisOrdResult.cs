namespace GeoNeeds.Engine.Stats.Spatial;

/// <summary>The Getis-Ord Gi* of one area: a z-score, high where high values concentrate around it (a hot spot).</summary>
/// <param name="Z">Gi* as a standard normal deviate; null for an island, whose "neighbourhood" is itself alone.</param>
/// <param name="P">Two-sided p-value of <paramref name="Z"/> under the normal approximation; null for an island.</param>
public sealed record GetisOrdResult(double? Z, double? P)
{
    /// <summary>The method and its sources, for output metadata.</summary>
    public const string Source =
        "Getis-Ord Gi* (Getis & Ord 1992, Geographical Analysis 24(3):189; Ord & Getis 1995, Geographical Analysis 27(4):286, " +
        "the standardised form) on binary contiguity weights with the area itself included; two-sided normal p-value.";
}
