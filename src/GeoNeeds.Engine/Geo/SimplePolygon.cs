using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace GeoNeeds.Engine.Geo;

/// <summary>
/// A quick proof that a polygon without holes is valid: its one ring is simple (no two of its edges meet except
/// neighbours at their shared vertex) and encloses some area. Most generalised boundary polygons are such rings,
/// and proving it this way costs a fraction of NetTopologySuite's full validity check.
/// </summary>
/// <remarks>
/// The proof is conservative: it uses NetTopologySuite's robust orientation predicate and gives up (returns
/// <c>false</c>, leaving the decision to <see cref="Geometry.IsValid"/>) on anything it does not settle for
/// certain — holes, several parts, repeated or non-finite coordinates, and edges that touch or are collinear.
/// So <c>true</c> always agrees with <see cref="Geometry.IsValid"/>; <c>false</c> means "not proven", not "invalid".
/// </remarks>
internal static class SimplePolygon
{
    /// <summary>True when <paramref name="geometry"/> is a polygon without holes whose ring is simple and not flat.</summary>
    public static bool IsProvenValid(Geometry geometry)
    {
        if (geometry is not Polygon { NumInteriorRings: 0 } polygon)
        {
            return false;
        }

        var ring = polygon.ExteriorRing.Coordinates;
        return ring.Length >= 4
            && ring[0].Equals2D(ring[^1])
            && HasFiniteDistinctVertices(ring)
            && NetTopologySuite.Algorithm.Area.OfRing(ring) > 0
            && EdgesMeetOnlyAtSharedVertices(ring);
    }

    private static bool HasFiniteDistinctVertices(Coordinate[] ring)
    {
        for (var i = 0; i < ring.Length; i++)
        {
            if (!double.IsFinite(ring[i].X) || !double.IsFinite(ring[i].Y) || (i > 0 && ring[i].Equals2D(ring[i - 1])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Sweeps the edges in order of their smallest x, comparing each only with the edges whose x-range overlaps
    /// its own, so a ring of n edges costs about n log n rather than n².
    /// </summary>
    private static bool EdgesMeetOnlyAtSharedVertices(Coordinate[] ring)
    {
        var edges = ring.Length - 1;
        var order = new int[edges];
        var minX = new double[edges];
        for (var i = 0; i < edges; i++)
        {
            order[i] = i;
            minX[i] = Math.Min(ring[i].X, ring[i + 1].X);
        }

        Array.Sort(minX, order);
        for (var a = 0; a < edges; a++)
        {
            var i = order[a];
            var maxX = Math.Max(ring[i].X, ring[i + 1].X);
            for (var b = a + 1; b < edges && minX[b] <= maxX; b++)
            {
                if (!Separate(ring, i, order[b], edges))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>True when edges <paramref name="i"/> and <paramref name="j"/> provably meet at most at a shared vertex.</summary>
    private static bool Separate(Coordinate[] ring, int i, int j, int edges)
    {
        var (p, q, r, s) = (ring[i], ring[i + 1], ring[j], ring[j + 1]);
        if (Math.Max(p.Y, q.Y) < Math.Min(r.Y, s.Y) || Math.Max(r.Y, s.Y) < Math.Min(p.Y, q.Y))
        {
            return true;
        }

        // Neighbours share one vertex; they are fine unless the far end of one lies on the other (a spike).
        if (j == i + 1 || (i == edges - 1 && j == 0))
        {
            return Orientation.Index(p, q, s) != OrientationIndex.Collinear;
        }

        if (i == j + 1 || (j == edges - 1 && i == 0))
        {
            return Orientation.Index(r, s, q) != OrientationIndex.Collinear;
        }

        var (pqr, pqs) = (Orientation.Index(p, q, r), Orientation.Index(p, q, s));
        var (rsp, rsq) = (Orientation.Index(r, s, p), Orientation.Index(r, s, q));
        if (pqr == OrientationIndex.Collinear || pqs == OrientationIndex.Collinear
            || rsp == OrientationIndex.Collinear || rsq == OrientationIndex.Collinear)
        {
            return false;
        }

        return pqr == pqs || rsp == rsq;
    }
}
