namespace GeoNeeds.Engine.Export;

/// <summary>
/// Primary suppression of small counts in published outputs, so that a victim cannot be identified from a
/// small area's figure (ONS/NHS disclosure control practice: counts 1–4 are not published by default).
/// </summary>
public static class SmallCountSuppression
{
    /// <summary>Counts this low are suppressed unless a study says otherwise.</summary>
    public const int DefaultThreshold = 5;

    /// <summary>True when <paramref name="count"/> is at least 1 and below <paramref name="threshold"/>; a threshold of 0 turns suppression off.</summary>
    public static bool IsSuppressed(long count, int threshold) => threshold > 0 && count > 0 && count < threshold;
}
