using FsCheck.Xunit;
using GeoNeeds.Engine.Join;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace GeoNeeds.Engine.Tests.Join;

public class AreaEdgesTests
{
    /// <summary>
    /// The grid places a point exactly where NetTopologySuite's indexed locator does — inside, outside, or on an
    /// edge or vertex — for any polygon; points on the small integer lattice of the ring hit edges and vertices often.
    /// </summary>
    [Property(MaxTest = 300)]
    public bool Locate_AnyPolygonAnyPoint_AgreesWithIndexedPointInAreaLocator((sbyte X, sbyte Y)[] ring, (sbyte X, sbyte Y)[] points)
    {
        if (ring.Length < 3)
        {
            return true;
        }

        var coordinates = ring.Append(ring[0]).Select(p => new Coordinate(p.X % 12, p.Y % 12)).ToArray();
        var polygon = GeometryFixer.Fix(new GeometryFactory().CreatePolygon(coordinates));
        if (polygon.IsEmpty)
        {
            return true;
        }

        var edges = new AreaEdges([polygon]);
        var locator = new IndexedPointInAreaLocator(polygon);
        return points.All(p => Place(edges, polygon, p.X % 14, p.Y % 14) == locator.Locate(new Coordinate(p.X % 14, p.Y % 14)));
    }

    /// <summary>Outside its envelope a point is outside the area; inside it, the edges decide.</summary>
    private static Location Place(AreaEdges edges, Geometry polygon, double x, double y) =>
        polygon.EnvelopeInternal.Contains(x, y) ? edges.Locate(0, x, y) : Location.Exterior;
}
