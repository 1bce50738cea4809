using GeoNeeds.Engine.Geo;
using NetTopologySuite.Geometries;

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
    /// Every area of <paramref name="layer"/> in British National Grid, thinned for a map whose pixels are about
    /// <paramref name="metresPerPixel"/> wide: along each ring, a vertex closer than half a pixel to the last one
    /// kept is dropped (radial-distance thinning, the cheap first pass of polyline simplifiers), which no reader
    /// can see. Lon/lat outlines are thinned before they are projected, so a large layer (34,753 LSOAs, 2 million
    /// vertices) projects a fraction of its vertices. A ring that would thin to fewer than four vertices (an area
    /// smaller than a pixel) is kept whole. A resolution of 0 keeps every vertex.
    /// </summary>
    internal static IReadOnlyList<DisplayArea> ForDisplay(AreaLayer layer, double metresPerPixel)
    {
        var transform = CoordinateTransform.Between(layer.CoordinateSystem, CoordinateSystem.BritishNationalGrid);
        var tolerance = metresPerPixel / 2;
        if (layer.CoordinateSystem.IsGeographic)
        {
            tolerance /= MetresPerDegreeLatitude;
        }

        return [.. layer.Areas.Select(area => new DisplayArea(area.Code, area.Name, transform.Apply(tolerance > 0 ? Thinned(area.Geometry, tolerance) : area.Geometry)))];
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

    private static Geometry Thinned(Geometry geometry, double tolerance)
    {
        var factory = geometry.Factory;
        var polygons = new Polygon[geometry.NumGeometries];
        for (var i = 0; i < polygons.Length; i++)
        {
            var polygon = (Polygon)geometry.GetGeometryN(i);
            polygons[i] = factory.CreatePolygon(Thinned(polygon.Shell, tolerance), [.. polygon.Holes.Select(hole => Thinned(hole, tolerance))]);
        }

        return polygons.Length == 1 ? polygons[0] : factory.CreateMultiPolygon(polygons);
    }

    private static LinearRing Thinned(LinearRing ring, double tolerance)
    {
        var sequence = ring.CoordinateSequence;
        var squared = tolerance * tolerance;
        var kept = new List<Coordinate>(sequence.Count) { sequence.GetCoordinate(0) };
        for (var i = 1; i < sequence.Count - 1; i++)
        {
            double dx = sequence.GetX(i) - kept[^1].X, dy = sequence.GetY(i) - kept[^1].Y;
            if ((dx * dx) + (dy * dy) >= squared)
            {
                kept.Add(sequence.GetCoordinate(i));
            }
        }

        kept.Add(sequence.GetCoordinate(sequence.Count - 1));
        return kept.Count >= 4 ? ring.Factory.CreateLinearRing([.. kept]) : ring;
    }
}
