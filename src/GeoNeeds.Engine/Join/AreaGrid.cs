using NetTopologySuite.Geometries;

namespace GeoNeeds.Engine.Join;

/// <summary>
/// A point-in-area index over a whole layer held in flat arrays: a regular grid whose cells list the areas whose
/// envelopes reach them, over <see cref="AreaEdges"/>. Finding a point's area reads a few adjacent arrays and
/// allocates nothing, where an STRtree and a tree of objects per area chase pointers all over the heap; on the
/// national layer that is several times faster, and it is safe to query from any number of threads.
/// </summary>
internal sealed class AreaGrid
{
    private const int MaxCells = 1 << 22;

    private readonly double _minX;
    private readonly double _minY;
    private readonly double _cellSize;
    private readonly int _columns;
    private readonly int _rows;
    private readonly int[] _cellStart;
    private readonly Candidate[] _candidates;
    private readonly double[] _envelopes;
    private readonly AreaEdges _edges;

    public AreaGrid(IReadOnlyList<Geometry> areas)
    {
        var extent = new Envelope();
        _envelopes = new double[areas.Count * 4];
        for (var i = 0; i < areas.Count; i++)
        {
            var envelope = areas[i].EnvelopeInternal;
            extent.ExpandToInclude(envelope);
            (_envelopes[4 * i], _envelopes[(4 * i) + 1], _envelopes[(4 * i) + 2], _envelopes[(4 * i) + 3]) = (envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY);
        }

        (_minX, _minY) = (extent.IsNull ? 0 : extent.MinX, extent.IsNull ? 0 : extent.MinY);
        _cellSize = CellSize(areas, extent);
        _columns = extent.IsNull ? 1 : (int)(extent.Width / _cellSize) + 1;
        _rows = extent.IsNull ? 1 : (int)(extent.Height / _cellSize) + 1;
        (_cellStart, _candidates) = Cells(areas.Count);
        _edges = new AreaEdges(areas);
    }

    /// <summary>How many rows of cells the grid has.</summary>
    public int Rows => _rows;

    /// <summary>The row of cells holding <paramref name="y"/> (clamped to the grid), for visiting points row by row.</summary>
    public int Row(double y) => Math.Clamp((int)((y - _minY) / _cellSize), 0, _rows - 1);

    /// <summary>The index of the area containing (<paramref name="x"/>, <paramref name="y"/>), or -1.</summary>
    /// <param name="x">The point's x, in the layer's coordinate system.</param>
    /// <param name="y">The point's y.</param>
    /// <param name="preferOnBoundary">Given two area indexes, true when a point on both boundaries goes to the first.</param>
    /// <returns>
    /// The first area in layer order whose interior holds the point; failing that, of the areas whose boundary it
    /// lies on, the one <paramref name="preferOnBoundary"/> ranks first; else -1.
    /// </returns>
    public int Locate(double x, double y, Func<int, int, bool> preferOnBoundary)
    {
        var column = (x - _minX) / _cellSize;
        var row = (y - _minY) / _cellSize;
        if (!(column >= 0 && column < _columns && row >= 0 && row < _rows))
        {
            return -1;
        }

        var cell = ((int)row * _columns) + (int)column;
        var onBoundary = -1;
        foreach (ref readonly var candidate in _candidates.AsSpan(_cellStart[cell], _cellStart[cell + 1] - _cellStart[cell]))
        {
            if (x < candidate.MinX || y < candidate.MinY || x > candidate.MaxX || y > candidate.MaxY)
            {
                continue;
            }

            var area = candidate.Area;
            var location = _edges.Locate(area, x, y);
            if (location == Location.Interior)
            {
                return area;
            }

            if (location == Location.Boundary && (onBoundary < 0 || preferOnBoundary(area, onBoundary)))
            {
                onBoundary = area;
            }
        }

        return onBoundary;
    }

    /// <summary>About half the median area's envelope, so a typical area spans a few cells; bounded so the grid stays small.</summary>
    private static double CellSize(IReadOnlyList<Geometry> areas, Envelope extent)
    {
        if (extent.IsNull || areas.Count == 0)
        {
            return 1;
        }

        var sizes = areas.Select(a => Math.Max(a.EnvelopeInternal.Width, a.EnvelopeInternal.Height)).Order().ToList();
        var size = Math.Max(sizes[sizes.Count / 2] / 2, Math.Sqrt(extent.Width * extent.Height / MaxCells));
        return size > 0 ? size : 1;
    }

    /// <summary>For each cell, the areas whose envelopes reach it, in layer order (compressed rows: starts, then candidates).</summary>
    private (int[] Starts, Candidate[] Candidates) Cells(int areaCount)
    {
        var starts = new int[(_columns * _rows) + 1];
        ForEachCell(areaCount, (cell, _) => starts[cell + 1]++);
        for (var c = 0; c < _columns * _rows; c++)
        {
            starts[c + 1] += starts[c];
        }

        var candidates = new Candidate[starts[^1]];
        var next = starts[..^1];
        ForEachCell(areaCount, (cell, area) => candidates[next[cell]++] =
            new(_envelopes[4 * area], _envelopes[(4 * area) + 1], _envelopes[(4 * area) + 2], _envelopes[(4 * area) + 3], area));
        return (starts, candidates);
    }

    private void ForEachCell(int areaCount, Action<int, int> visit)
    {
        for (var area = 0; area < areaCount; area++)
        {
            var (fromColumn, fromRow) = (Column(_envelopes[4 * area]), Row(_envelopes[(4 * area) + 1]));
            var (toColumn, toRow) = (Column(_envelopes[(4 * area) + 2]), Row(_envelopes[(4 * area) + 3]));
            for (var row = fromRow; row <= toRow; row++)
            {
                for (var column = fromColumn; column <= toColumn; column++)
                {
                    visit((row * _columns) + column, area);
                }
            }
        }
    }

    private int Column(double x) => Math.Clamp((int)((x - _minX) / _cellSize), 0, _columns - 1);


    /// <summary>An area listed in a cell, with its envelope beside it so that most candidates are ruled out without another read.</summary>
    private readonly record struct Candidate(double MinX, double MinY, double MaxX, double MaxY, int Area);
}
