using NetTopologySuite.Coverage;

namespace GeoNeeds.Engine.Geo;

/// <summary>
/// A layer's boundaries simplified for the web as one coverage: every edge two areas share is simplified once,
/// so neighbours still meet exactly (no gaps, no overlaps), unlike simplifying each area on its own.
/// </summary>
public static class SimplifiedCoverage
{
    /// <summary>
    /// <paramref name="layer"/> simplified by NetTopologySuite's <see cref="CoverageSimplifier"/> (Visvalingam–Whyatt
    /// area-based simplification of the coverage's shared edges; Martin Davis, JTS 1.20, 2023) in British National Grid
    /// metres, returned in <paramref name="layer"/>'s coordinate system.
    /// </summary>
    /// <param name="layer">The areas; they should form a valid coverage (areas that overlap or leave slivers keep them).</param>
    /// <param name="metres">The tolerance: the square root of the largest triangle area a removed vertex may make, in metres.</param>
    /// <remarks>
    /// Simplifying keeps every ring a ring (it never removes an area or a hole) and the simplified edges never cross,
    /// so the result is a valid coverage whenever the input is one. Coordinates are transformed point by point,
    /// so vertices two areas share stay equal after reprojection.
    /// </remarks>
    public static AreaLayer Of(AreaLayer layer, double metres)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(metres);
        var grid = layer.ReprojectedTo(CoordinateSystem.BritishNationalGrid);
        var simplified = CoverageSimplifier.Simplify([.. grid.Areas.Select(a => a.Geometry)], metres);
        var areas = grid.Areas.Zip(simplified, (area, geometry) => area with { Geometry = geometry });
        return new AreaLayer(layer.Name, CoordinateSystem.BritishNationalGrid, areas, layer.Repairs).ReprojectedTo(layer.CoordinateSystem);
    }
}
