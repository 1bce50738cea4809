using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Io.Deprivation;
using GeoNeeds.Viewer.Classification;
using GeoNeeds.Viewer.Palettes;

namespace GeoNeeds.Viewer.Maps;

/// <summary>
/// How a study's default maps shade each layer, shared by the PNG maps and the web viewer's classes so the two
/// legends cannot differ: rates in quantile classes of ColorBrewer's YlOrRd, deprivation in the ten IMD deciles
/// (a mean of LSOA deciles to the nearest decile), hot spots in the cluster colours.
/// </summary>
public static class LayerShading
{
    /// <summary>The most classes of a rate map.</summary>
    public const int RateClasses = 5;

    /// <summary>
    /// Quantile classes of the rates shown, at most <see cref="RateClasses"/> and no more than half the areas
    /// (<paramref name="values"/> holds every area, suppressed and missing included), so that each class has
    /// two areas or more on a small map.
    /// </summary>
    public static MapShading Rate(IReadOnlyDictionary<string, MapValue> values) =>
        MapShading.ByValue(
            values,
            ClassificationScheme.Parse(ClassificationScheme.Quantile, Math.Min(RateClasses, Math.Max(1, values.Count / 2))),
            ColorBrewer.Named(ColorBrewer.DefaultSequential));

    /// <summary>How a base level's decile classes are named: <c>IMD 2019 deciles (England)</c>.</summary>
    public static string DecileMethod(DeprivationIndex index) => $"{index.Edition} deciles ({index.Nation})";

    /// <summary>
    /// The IMD decile classes of the deprivation column <paramref name="column"/> (<c>imd_decile</c>,
    /// <c>imd_mean</c> or <c>imd_weighted_mean</c>); a mean falls in the nearest decile, on paper and on screen.
    /// <paramref name="index"/> is the index of a base level's deciles (IMD 2019 when not given; WIMD studies name theirs).
    /// </summary>
    public static MapShading Deprivation(IReadOnlyDictionary<string, double?> deciles, string column, DeprivationIndex? index = null) =>
        MapShading.ByDecile(deciles, column switch
        {
            IndicatorColumnNames.DeprivationDecile => DecileMethod(index ?? DeprivationIndex.Imd2019),
            IndicatorColumnNames.DeprivationWeightedMean => "population-weighted mean of its LSOAs' deciles, nearest decile",
            _ => "mean of its LSOAs' deciles, nearest decile",
        });
}
