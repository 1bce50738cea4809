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

        var ring = polygon.ExteriorRing.CoordinateSequence;
        return ring.Count >= 4
            && ring.GetX(0) == ring.GetX(ring.Count - 1) && ring.GetY(0) == ring.GetY(ring.Count - 1)
            && HasFiniteDistinctVertices(ring)
            && NetTopologySuite.Algorithm.Area.OfRing(ring) > 0
            && EdgesMeetOnlyAtSharedVertices(ring);
    }

    private static bool HasFiniteDistinctVertices(CoordinateSequence ring)
    {
        for (var i = 0; i < ring.Count; i++)
        {
            if (!double.IsFinite(ring.GetX(i)) || !double.IsFinite(ring.GetY(i))
                || (i > 0 && ring.GetX(i) == ring.GetX(i - 1) && ring.GetY(i) == ring.GetY(i - 1)))
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
    private static bool EdgesMeetOnlyAtSharedVertices(CoordinateSequence sequence)
    {
        var edges = sequence.Count - 1;
        var (x, y) = (new double[sequence.Count], new double[sequence.Count]);
        for (var i = 0; i < sequence.Count; i++)
        {
            (x[i], y[i]) = (sequence.GetX(i), sequence.GetY(i));
        }

        var order = new int[edges];
        var minX = new double[edges];
        for (var i = 0; i < edges; i++)
        {
            order[i] = i;
            minX[i] = Math.Min(x[i], x[i + 1]);
        }

        Array.Sort(minX, order);
        for (var a = 0; a < edges; a++)
        {
            var i = order[a];
            var maxX = Math.Max(x[i], x[i + 1]);
            for (var b = a + 1; b < edges && minX[b] <= maxX; b++)
            {
                if (!Separate(x, y, i, order[b], edges))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>True when edges <paramref name="i"/> and <paramref name="j"/> provably meet at most at a shared vertex.</summary>
    private static bool Separate(double[] x, double[] y, int i, int j, int edges)
    {
        if (Math.Max(y[i], y[i + 1]) < Math.Min(y[j], y[j + 1]) || Math.Max(y[j], y[j + 1]) < Math.Min(y[i], y[i + 1]))
        {
            return true;
        }

        // Neighbours share one vertex; they are fine unless the far end of one lies on the other (a spike).
        if (j == i + 1 || (i == edges - 1 && j == 0))
        {
            return Orientation(x, y, i, i + 1, j + 1) != 0;
        }

        if (i == j + 1 || (j == edges - 1 && i == 0))
        {
            return Orientation(x, y, j, j + 1, i + 1) != 0;
        }

        var (pqr, pqs) = (Orientation(x, y, i, i + 1, j), Orientation(x, y, i, i + 1, j + 1));
        var (rsp, rsq) = (Orientation(x, y, j, j + 1, i), Orientation(x, y, j, j + 1, i + 1));
        if (pqr == 0 || pqs == 0 || rsp == 0 || rsq == 0)
        {
            return false;
        }

        return pqr == pqs || rsp == rsq;
    }

    /// <summary>The robust orientation of vertex <paramref name="c"/> to the line from vertex <paramref name="a"/> to <paramref name="b"/>: 1 left, -1 right, 0 on it.</summary>
    private static int Orientation(double[] x, double[] y, int a, int b, int c) =>
        CGAlgorithmsDD.OrientationIndex(x[a], y[a], x[b], y[b], x[c], y[c]);
}
