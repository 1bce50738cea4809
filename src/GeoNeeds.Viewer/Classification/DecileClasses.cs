namespace GeoNeeds.Viewer.Classification;

/// <summary>
/// The ten fixed classes of the English Indices of Deprivation (and WIMD) deciles: 1 = the most deprived 10% of
/// small areas nationally, 10 = the least deprived (MHCLG 2019, <i>English Indices of Deprivation 2019: Statistical
/// Release</i>, "deciles").
/// </summary>
public static class DecileClasses
{
    /// <summary>Bounds 0.5, 1.5, …, 10.5: decile d is class d − 1, and a mean of LSOA deciles falls in the nearest decile.</summary>
    public static readonly ClassBreaks Breaks = new([.. Enumerable.Range(0, 11).Select(i => i + 0.5)], "IMD deciles");

    /// <summary>The legend label of decile <paramref name="decile"/> (1–10), naming the two ends.</summary>
    public static string Label(int decile) => decile switch
    {
        1 => "1 (most deprived)",
        10 => "10 (least deprived)",
        >= 2 and <= 9 => decile.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(decile), decile, "IMD deciles run from 1 to 10."),
    };
}
