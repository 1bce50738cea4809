namespace GeoNeeds.Engine.Stats.Spatial;

/// <summary>
/// The local Moran's I cluster map classes (Anselin 1995; GeoDa's LISA cluster map): an area whose local statistic
/// is significant, labelled by whether its value and its neighbours' are above or below the mean.
/// </summary>
public enum ClusterLabel
{
    /// <summary>Not significant, or not tested (an island). Written <c>ns</c>.</summary>
    NotSignificant,

    /// <summary>High value among high neighbours: a hot spot. Written <c>HH</c>.</summary>
    HighHigh,

    /// <summary>Low value among low neighbours: a cold spot. Written <c>LL</c>.</summary>
    LowLow,

    /// <summary>High value among low neighbours: a high outlier. Written <c>HL</c>.</summary>
    HighLow,

    /// <summary>Low value among high neighbours: a low outlier. Written <c>LH</c>.</summary>
    LowHigh,
}

/// <summary>The written forms of <see cref="ClusterLabel"/>.</summary>
public static class ClusterLabelText
{
    /// <summary><c>HH</c>, <c>LL</c>, <c>HL</c>, <c>LH</c> or <c>ns</c>, as GeoDa and the output columns write them.</summary>
    public static string Code(this ClusterLabel label) => label switch
    {
        ClusterLabel.HighHigh => "HH",
        ClusterLabel.LowLow => "LL",
        ClusterLabel.HighLow => "HL",
        ClusterLabel.LowHigh => "LH",
        _ => "ns",
    };
}
