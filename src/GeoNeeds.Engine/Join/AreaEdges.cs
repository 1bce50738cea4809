using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace GeoNeeds.Engine.Join;

/// <summary>
/// Every area's ring edges in flat arrays, each area's edges sorted into horizontal strips of its envelope so that
/// placing a point reads only the few edges whose y-range can reach it. Immutable once built, so any number of
/// threads may query it; a query allocates nothing.
/// </summary>
/// <remarks>
/// A point is placed by counting crossings of a ray to its right exactly as NetTopologySuite's
/// <see cref="RayCrossingCounter"/> does (Martin Davis, JTS), with the same robust orientation test, so a point on
/// an edge or a vertex is on the boundary and every other point is inside or outside exactly as
/// <see cref="NetTopologySuite.Algorithm.Locate.IndexedPointInAreaLocator"/> finds it. Only edges whose y-range holds
/// the point's y can change the count, and the strip holding that y lists all of them.
/// </remarks>
internal sealed class AreaEdges
{
    /// <summary>About this many edges per strip: a handful to scan, few strips to store.</summary>
    private const int EdgesPerStrip = 6;

    private readonly AreaStrips[] _strips;
    private readonly int[] _edgeStart;
    private readonly double[] _edges;

    public AreaEdges(IReadOnlyList<Geometry> areas)
    {
        var (areaEdgeStart, edges) = Edges(areas);
        var perArea = new (double Bottom, double Height, int[] Starts, double[] Edges)[areas.Count];
        Parallel.For(0, areas.Count, area => perArea[area] = Strips(
            areas[area].EnvelopeInternal, edges.AsSpan(4 * areaEdgeStart[area], 4 * (areaEdgeStart[area + 1] - areaEdgeStart[area]))));

        _strips = new AreaStrips[areas.Count];
        var (edgeOffsets, first) = (new int[areas.Count + 1], 0);
        for (var area = 0; area < areas.Count; area++)
        {
            var count = perArea[area].Starts.Length - 1;
            _strips[area] = new(perArea[area].Bottom, perArea[area].Height, first, count);
            first += count;
            edgeOffsets[area + 1] = edgeOffsets[area] + perArea[area].Edges.Length;
        }

        _edgeStart = new int[first + 1];
        _edges = new double[edgeOffsets[^1]];
        Parallel.For(0, areas.Count, area =>
        {
            var (_, _, starts, stripped) = perArea[area];
            stripped.CopyTo(_edges, edgeOffsets[area]);
            for (var strip = 0; strip < starts.Length; strip++)
            {
                _edgeStart[_strips[area].First + strip] = edgeOffsets[area] + starts[strip];
            }
        });
    }

    /// <summary>Where (<paramref name="x"/>, <paramref name="y"/>) lies relative to area <paramref name="area"/>, whose envelope must hold it.</summary>
    public Location Locate(int area, double x, double y)
    {
        ref readonly var strips = ref _strips[area];
        var strip = strips.First + Math.Clamp((int)((y - strips.Bottom) / strips.Height), 0, strips.Count - 1);
        var crossings = 0;
        var edges = _edges.AsSpan(_edgeStart[strip], _edgeStart[strip + 1] - _edgeStart[strip]);
        for (var k = 0; k + 3 < edges.Length; k += 4)
        {
            var (x1, y1, x2, y2) = (edges[k], edges[k + 1], edges[k + 2], edges[k + 3]);
            if (x1 < x && x2 < x)
            {
                continue;
            }

            if (x == x2 && y == y2)
            {
                return Location.Boundary;
            }

            if (y1 == y && y2 == y)
            {
                if (Math.Min(x1, x2) <= x && x <= Math.Max(x1, x2))
                {
                    return Location.Boundary;
                }

                continue;
            }

            if ((y1 > y && y2 <= y) || (y2 > y && y1 <= y))
            {
                // 1: the point is left of the edge (counter-clockwise), -1: right, 0: on its line.
                var orientation = CGAlgorithmsDD.OrientationIndex(x1, y1, x2, y2, x, y);
                if (orientation == 0)
                {
                    return Location.Boundary;
                }

                // The edge crosses the ray when the point is on its left as it runs upwards.
                if ((y2 < y1 ? -orientation : orientation) == 1)
                {
                    crossings++;
                }
            }
        }

        return crossings % 2 == 1 ? Location.Interior : Location.Exterior;
    }

    /// <summary>Every ring edge of every area as x1, y1, x2, y2, area after area; starts are counted in edges.</summary>
    private static (int[] Starts, double[] Edges) Edges(IReadOnlyList<Geometry> areas)
    {
        var rings = new List<CoordinateSequence>[areas.Count];
        Parallel.For(0, areas.Count, area => rings[area] = [.. LinearComponentExtracter.GetLines(areas[area]).Cast<LineString>().Select(l => l.CoordinateSequence)]);
        var starts = new int[areas.Count + 1];
        for (var area = 0; area < areas.Count; area++)
        {
            starts[area + 1] = starts[area];
            foreach (var ring in rings[area])
            {
                starts[area + 1] += Math.Max(ring.Count - 1, 0);
            }
        }

        var edges = new double[4 * starts[^1]];
        Parallel.For(0, areas.Count, area =>
        {
            var k = 4 * starts[area];
            foreach (var ring in rings[area])
            {
                for (var i = 1; i < ring.Count; i++, k += 4)
                {
                    (edges[k], edges[k + 1], edges[k + 2], edges[k + 3]) = (ring.GetX(i - 1), ring.GetY(i - 1), ring.GetX(i), ring.GetY(i));
                }
            }
        });
        return (starts, edges);
    }

    /// <summary>One area's edges (x1, y1, x2, y2) strip by strip, an edge in every strip its y-range reaches; starts count doubles.</summary>
    private static (double Bottom, double Height, int[] Starts, double[] Edges) Strips(Envelope envelope, ReadOnlySpan<double> edges)
    {
        var edgeCount = edges.Length / 4;
        var count = envelope.Height > 0 ? Math.Max(1, edgeCount / EdgesPerStrip) : 1;
        var height = envelope.Height > 0 ? envelope.Height / count : 1;
        var bottom = envelope.IsNull ? 0 : envelope.MinY;
        int StripOf(double y) => Math.Clamp((int)((y - bottom) / height), 0, count - 1);

        var starts = new int[count + 1];
        for (var k = 0; k < edges.Length; k += 4)
        {
            for (var strip = StripOf(Math.Min(edges[k + 1], edges[k + 3])); strip <= StripOf(Math.Max(edges[k + 1], edges[k + 3])); strip++)
            {
                starts[strip + 1] += 4;
            }
        }

        for (var strip = 0; strip < count; strip++)
        {
            starts[strip + 1] += starts[strip];
        }

        var packed = new double[starts[^1]];
        var next = starts[..^1];
        for (var k = 0; k < edges.Length; k += 4)
        {
            for (var strip = StripOf(Math.Min(edges[k + 1], edges[k + 3])); strip <= StripOf(Math.Max(edges[k + 1], edges[k + 3])); strip++)
            {
                edges.Slice(k, 4).CopyTo(packed.AsSpan(next[strip]));
                next[strip] += 4;
            }
        }

        return (bottom, height, starts, packed);
    }

    /// <summary>How one area's envelope is cut: the strips' bottom and height, and where its strips start among all.</summary>
    private readonly record struct AreaStrips(double Bottom, double Height, int First, int Count);
}
