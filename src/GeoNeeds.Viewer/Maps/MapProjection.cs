using GeoNeeds.Engine.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace GeoNeeds.Viewer.Maps;

/// <summary>An area ready to draw: its code and name, and its outline in British National Grid metres.</summary>
internal sealed record DisplayArea(string Code, string Name, Geometry Geometry);

/// <summary>
/// Puts areas on a flat map. Maps are drawn in British National Grid (EPSG:27700), a transverse Mercator
/// projection of Great Britain that is conformal and keeps distance within 0.04% across England and Wales, so one
/// metre east is one metre north on the page; longitude and latitude degrees are never drawn as they come (a
/// degree of longitude is only 0.6 of a degree of latitude at 52°N).
/// </summary>
public static class MapProjection
{
    private const double MetresPerDegreeLatitude = 111_320;

    /// <summary>The layer in British National Grid, reprojected (with the OSGB36 datum shift) when it is in lon/lat.</summary>
    public static AreaLayer ToBritishNationalGrid(AreaLayer layer) => layer.ReprojectedTo(CoordinateSystem.BritishNationalGrid);

    /// <summary>
    /// Every area of <paramref name="layer"/> in British National Grid, simplified for a map whose pixels are
    /// about <paramref name="metresPerPixel"/> wide: Douglas–Peucker with a tolerance of half a pixel, which no
    /// reader can see. Lon/lat outlines are simplified before they are projected, so large layers (34,753 LSOAs)
    /// project a fraction of their vertices. An outline that simplifies away (an area smaller than a pixel) is
    /// kept whole.
    /// </summary>
    internal static IReadOnlyList<DisplayArea> ForDisplay(AreaLayer layer, double metresPerPixel)
    {
        var transform = CoordinateTransform.Between(layer.CoordinateSystem, CoordinateSystem.BritishNationalGrid);
        var tolerance = metresPerPixel / 2;
        if (layer.CoordinateSystem.IsGeographic)
        {
            tolerance /= MetresPerDegreeLatitude;
        }

        return [.. layer.Areas.Select(area => new DisplayArea(area.Code, area.Name, transform.Apply(Simplified(area.Geometry, tolerance))))];
    }

    /// <summary>The extent of the layer in British National Grid metres, from its projected envelope's edges.</summary>
    internal static Envelope ExtentInBritishNationalGrid(AreaLayer layer)
    {
        var envelope = new Envelope();
        foreach (var area in layer.Areas)
        {
            envelope.ExpandToInclude(area.Geometry.EnvelopeInternal);
        }

        var transform = CoordinateTransform.Between(layer.CoordinateSystem, CoordinateSystem.BritishNationalGrid);
        var projected = new Envelope();
        const int steps = 8;
        for (var i = 0; i <= steps; i++)
        {
            var fx = envelope.MinX + (envelope.Width * i / steps);
            var fy = envelope.MinY + (envelope.Height * i / steps);
            foreach (var (x, y) in new[] { (fx, envelope.MinY), (fx, envelope.MaxY), (envelope.MinX, fy), (envelope.MaxX, fy) })
            {
                var (px, py) = transform.Apply(x, y);
                projected.ExpandToInclude(px, py);
            }
        }

        return projected;
    }

    private static Geometry Simplified(Geometry geometry, double tolerance)
    {
        var simplifier = new DouglasPeuckerSimplifier(geometry) { DistanceTolerance = tolerance, EnsureValidTopology = false };
        var simplified = simplifier.GetResultGeometry();
        return simplified.IsEmpty ? geometry : simplified;
    }
}
