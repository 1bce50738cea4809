using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace GeoNeeds.Engine.Geo.Postcodes;

/// <summary>
/// Makes neighbouring polygons share their vertices: where a vertex of one lies on an edge of another (a cell edge
/// of one LSOA meeting the LSOA boundary, which the cells of the LSOA next door know nothing of), the edge gets the
/// vertex too. Without it the polygons meet without gaps but are not a valid coverage in NetTopologySuite's sense,
/// and <c>CoverageUnion</c> and <c>CoverageValidator</c> would misread them.
/// </summary>
internal static class SharedVertices
{
    /// <summary>Copies of <paramref name="polygons"/> with every vertex of the others within <paramref name="tolerance"/> of an edge inserted into it.</summary>
    public static Geometry[] Insert(IReadOnlyList<Geometry> polygons, double tolerance)
    {
        var vertices = new STRtree<Coordinate>();
        foreach (var coordinate in polygons.SelectMany(p => p.Coordinates).Distinct())
        {
            vertices.Insert(new Envelope(coordinate), coordinate);
        }

        vertices.Build();
        return [.. polygons.Select(p => Rebuild(p, vertices, tolerance))];
    }

    private static Geometry Rebuild(Geometry geometry, STRtree<Coordinate> vertices, double tolerance)
    {
        var factory = geometry.Factory;
        var polygons = Enumerable.Range(0, geometry.NumGeometries).Select(i => (Polygon)geometry.GetGeometryN(i)).Select(polygon =>
            factory.CreatePolygon(Ring(polygon.Shell, vertices, tolerance), [.. polygon.Holes.Select(h => Ring(h, vertices, tolerance))])).ToArray();
        return geometry is Polygon ? polygons[0] : factory.CreateMultiPolygon(polygons);
    }

    private static LinearRing Ring(LineString ring, STRtree<Coordinate> vertices, double tolerance)
    {
        var coordinates = ring.Coordinates;
        var result = new List<Coordinate> { coordinates[0] };
        for (var i = 1; i < coordinates.Length; i++)
        {
            var segment = new LineSegment(coordinates[i - 1], coordinates[i]);
            var reach = new Envelope(segment.P0, segment.P1);
            reach.ExpandBy(tolerance);
            result.AddRange(vertices.Query(reach)
                .Where(v => !v.Equals2D(segment.P0) && !v.Equals2D(segment.P1) && segment.Distance(v) <= tolerance && segment.ProjectionFactor(v) is > 0 and < 1)
                .OrderBy(segment.ProjectionFactor));
            result.Add(coordinates[i]);
        }

        return ring.Factory.CreateLinearRing([.. result]);
    }
}
