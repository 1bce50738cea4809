using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Stats.Spatial;

namespace GeoNeeds.Engine.Publish;

/// <summary>
/// The row layout of a hot-spot analysis, the same in the <c>hotspots</c> verb's output and the study's
/// <c>&lt;level&gt;_hotspots.csv</c> (which puts <c>indicator</c> first); the global statistic's cells for
/// <c>hotspots_global.csv</c>.
/// </summary>
public static class HotSpotLayout
{
    /// <summary>The columns of one area's statistics.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["area_code", "area_name", "gi_z", "gi_p", "moran_i", "moran_p", "cluster"];

    /// <summary>The columns of the global Moran's I.</summary>
    public static IReadOnlyList<string> GlobalColumns { get; } = ["moran_i", "expected_i", "z_normality", "p_normality", "p_permutation", "permutations"];

    /// <summary>One area's cells.</summary>
    public static IReadOnlyList<object?> Row(HotSpotRow row, string areaName) =>
        [row.Code, areaName, row.GiStar.Z, row.GiStar.P, row.LocalMoran.I, row.LocalMoran.PseudoP, row.LocalMoran.Label.Code()];

    /// <summary>The global statistic's cells.</summary>
    public static IReadOnlyList<object?> GlobalCells(GlobalMoranResult g) => [g.I, g.Expected, g.ZNormality, g.PNormality, g.PPermutation, g.Permutations];
}
