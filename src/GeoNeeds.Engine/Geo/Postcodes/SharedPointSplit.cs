using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace GeoNeeds.Engine.Geo.Postcodes;

/// <summary>
/// Splits the cell of a point that several postcodes share (a block of flats, a large user's site) into equal
/// angles about the point, one slice per postcode in ordinal order, so each postcode keeps a polygon of its own,
/// its point on the polygon's edge, and postcodes of one sector or district get neighbouring slices.
/// </summary>
internal static class SharedPointSplit
{
    /// <summary>The slices of <paramref name="cell"/> about <paramref name="site"/>, one per postcode, in order.</summary>
    public static IEnumerable<Geometry> Slices(Geometry cell, Coordinate site, int postcodes, PrecisionModel grid)
    {
        var envelope = cell.EnvelopeInternal;
        var reach = 2 * (envelope.Width + envelope.Height + Math.Abs(site.X - envelope.Centre.X) + Math.Abs(site.Y - envelope.Centre.Y)) + 1;
        for (var k = 0; k < postcodes; k++)
        {
            var wedge = Wedge(cell.Factory, site, reach, 2 * Math.PI * k / postcodes, 2 * Math.PI * (k + 1) / postcodes);
            yield return OverlayNG.Overlay(cell, wedge, SpatialFunction.Intersection, grid);
        }
    }

    // Arcs of at most a quarter turn keep the wedge's polygon convex and its far edge well outside the cell.
    private static Polygon Wedge(GeometryFactory factory, Coordinate apex, double reach, double from, double to)
    {
        var steps = (int)Math.Ceiling((to - from) / (Math.PI / 4));
        var ring = new List<Coordinate> { apex };
        for (var s = 0; s <= steps; s++)
        {
            var angle = from + ((to - from) * s / steps);
            ring.Add(new Coordinate(apex.X + (reach * Math.Cos(angle)), apex.Y + (reach * Math.Sin(angle))));
        }

        ring.Add(apex);
        return factory.CreatePolygon([.. ring]);
    }
}
