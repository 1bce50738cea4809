namespace GeoNeeds.Engine.Export;

/// <summary>
/// Cuts rings of grid points into arcs so that an edge two areas share is stored once, as the TopoJSON
/// specification (§2.1.4) intends and as Bostock's topojson-server does: a point is a junction where rings
/// that pass through it arrive from or leave to different neighbours; rings are cut at junctions, and an arc
/// already stored (forwards or backwards) is referred to rather than stored again.
/// </summary>
internal sealed class SharedArcs
{
    private readonly Dictionary<(long X, long Y), ((long, long) A, (long, long) B)> neighbours = [];
    private readonly HashSet<(long X, long Y)> junctions = [];
    private readonly Dictionary<(long X, long Y)[], int> index = new(new ArcComparer());

    /// <summary>The distinct arcs, each a run of grid points (first and last are junctions, or equal for a whole ring).</summary>
    public List<(long X, long Y)[]> Arcs { get; } = [];

    /// <summary>Registers a closed ring (first point repeated last), so its junctions are known before any ring is cut.</summary>
    public void Add(IReadOnlyList<(long X, long Y)> ring)
    {
        var count = ring.Count - 1;
        for (var i = 0; i < count; i++)
        {
            var point = ring[i];
            var previous = ring[(i + count - 1) % count];
            var next = ring[i + 1];
            var pair = Comparer<(long, long)>.Default.Compare(previous, next) <= 0 ? (previous, next) : (next, previous);
            if (!neighbours.TryAdd(point, pair) && neighbours[point] != pair)
            {
                junctions.Add(point);
            }
        }
    }

    /// <summary>
    /// The arc indices of a ring registered with <see cref="Add"/>, in walking order; an arc walked backwards is
    /// given as its ones' complement (~i), as TopoJSON writes it.
    /// </summary>
    public List<int> Cut(IReadOnlyList<(long X, long Y)> ring)
    {
        var count = ring.Count - 1;
        var start = Enumerable.Range(0, count).FirstOrDefault(i => junctions.Contains(ring[i]), -1);
        if (start < 0)
        {
            // A ring that meets no other: one closed arc, started at its least point so a shared copy matches it.
            var least = Enumerable.Range(0, count).MinBy(i => ring[i]);
            return [Indexed([.. Enumerable.Range(0, count + 1).Select(i => ring[(least + i) % count])])];
        }

        var arcs = new List<int>();
        var arc = new List<(long X, long Y)> { ring[start] };
        for (var step = 1; step <= count; step++)
        {
            var point = ring[(start + step) % count];
            arc.Add(point);
            if (junctions.Contains(point))
            {
                arcs.Add(Indexed([.. arc]));
                arc = [point];
            }
        }

        return arcs;
    }

    private int Indexed((long X, long Y)[] arc)
    {
        if (index.TryGetValue(arc, out var forwards))
        {
            return forwards;
        }

        if (index.TryGetValue([.. arc.Reverse()], out var backwards))
        {
            return ~backwards;
        }

        index[arc] = Arcs.Count;
        Arcs.Add(arc);
        return Arcs.Count - 1;
    }

    private sealed class ArcComparer : IEqualityComparer<(long X, long Y)[]>
    {
        public bool Equals((long X, long Y)[]? a, (long X, long Y)[]? b) => a.AsSpan().SequenceEqual(b);

        public int GetHashCode((long X, long Y)[] arc)
        {
            var hash = new HashCode();
            foreach (var point in arc)
            {
                hash.Add(point);
            }

            return hash.ToHashCode();
        }
    }
}
