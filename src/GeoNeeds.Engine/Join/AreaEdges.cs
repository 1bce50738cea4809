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
        _strips = new AreaStrips[areas.Count];
        var strips = 0;
        for (var area = 0; area < areas.Count; area++)
        {
            var envelope = areas[area].EnvelopeInternal;
            var count = envelope.Height > 0 ? Math.Max(1, (areaEdgeStart[area + 1] - areaEdgeStart[area]) / EdgesPerStrip) : 1;
            _strips[area] = new(envelope.IsNull ? 0 : envelope.MinY, envelope.Height > 0 ? envelope.Height / count : 1, strips, count);
            strips += count;
        }

        // Each edge goes into every strip its y-range reaches: count the places, then fill them, area by area on every core.
        _edgeStart = new int[strips + 1];
        Parallel.For(0, areas.Count, area => ForEachPlace(area, areaEdgeStart, edges, (strip, _) => _edgeStart[strip + 1] += 4));
        for (var strip = 0; strip < strips; strip++)
        {
            _edgeStart[strip + 1] += _edgeStart[strip];
        }

        _edges = new double[_edgeStart[^1]];
        var next = _edgeStart[..^1];
        Parallel.For(0, areas.Count, area => ForEachPlace(area, areaEdgeStart, edges, (strip, k) =>
        {
            Array.Copy(edges, k, _edges, next[strip], 4);
            next[strip] += 4;
        }));
    }

    /// <summary>Where (<paramref name="x"/>, <paramref name="y"/>) lies relative to area <paramref name="area"/>, whose envelope must hold it.</summary>
    public Location Locate(int area, double x, double y)
    {
        var strip = _strips[area].Of(y);
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

    /// <summary>Visits each place of area <paramref name="area"/>'s edges: the strip, and where the edge starts in <paramref name="edges"/>.</summary>
    private void ForEachPlace(int area, int[] areaEdgeStart, double[] edges, Action<int, int> visit)
    {
        var strips = _strips[area];
        for (var k = 4 * areaEdgeStart[area]; k < 4 * areaEdgeStart[area + 1]; k += 4)
        {
            for (var strip = strips.Of(Math.Min(edges[k + 1], edges[k + 3])); strip <= strips.Of(Math.Max(edges[k + 1], edges[k + 3])); strip++)
            {
                visit(strip, k);
            }
        }
    }

    /// <summary>How one area's envelope is cut: the strips' bottom and height, and where its strips start among all.</summary>
    private readonly record struct AreaStrips(double Bottom, double Height, int First, int Count)
    {
        /// <summary>The strip (numbered among all areas' strips) holding <paramref name="y"/>, clamped to this area's.</summary>
        public int Of(double y) => First + Math.Clamp((int)((y - Bottom) / Height), 0, Count - 1);
    }
}
