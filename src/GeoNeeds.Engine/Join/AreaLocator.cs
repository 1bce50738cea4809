using GeoNeeds.Engine.Geo;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index;
using NetTopologySuite.Index.Strtree;

namespace GeoNeeds.Engine.Join;

/// <summary>
/// Finds the area containing a point: an STRtree over the areas' envelopes narrows the candidates and an
/// indexed point-in-area locator per area decides.
/// </summary>
/// <remarks>
/// A point inside an area's interior belongs to that area. A point on a boundary shared by several areas
/// (police.uk snaps locations to map points, some of which sit on edges) goes to the candidate with the
/// ordinally smallest code, so the assignment never depends on index order and every point is counted once.
/// </remarks>
public sealed class AreaLocator
{
    private readonly AreaLayer _layer;
    private readonly STRtree<int> _index = new();
    private readonly IPointOnGeometryLocator?[] _locators;

    public AreaLocator(AreaLayer layer)
    {
        _layer = layer;
        _locators = new IPointOnGeometryLocator?[layer.Count];
        for (var i = 0; i < layer.Count; i++)
        {
            _index.Insert(layer.Areas[i].Geometry.EnvelopeInternal, i);
        }

        _index.Build();
    }

    /// <summary>The layer searched, whose coordinate system the points must be in.</summary>
    public AreaLayer Layer => _layer;

    /// <summary>The area containing (<paramref name="x"/>, <paramref name="y"/>), or <c>null</c> when none does.</summary>
    /// <remarks>Safe to call from several threads at once.</remarks>
    public Area? Locate(double x, double y) => LocateIndex(x, y) is >= 0 and var i ? _layer.Areas[i] : null;

    /// <summary>The layer index of the area containing (<paramref name="x"/>, <paramref name="y"/>), or -1 when none does.</summary>
    internal int LocateIndex(double x, double y)
    {
        var candidates = CandidateAreas.ForThisThread(x, y);
        _index.Query(candidates.Envelope, candidates);
        var onBoundary = -1;
        foreach (var i in candidates.Indexes)
        {
            var location = LocatorFor(i).Locate(candidates.Point);
            if (location == Location.Interior)
            {
                return i;
            }

            if (location == Location.Boundary
                && (onBoundary < 0 || string.CompareOrdinal(_layer.Areas[i].Code, _layer.Areas[onBoundary].Code) < 0))
            {
                onBoundary = i;
            }
        }

        return onBoundary;
    }

    /// <summary>Builds every area's point-in-area index now, on every core, rather than on each area's first point.</summary>
    internal void BuildAllLocators() => Parallel.For(0, _locators.Length, i => LocatorFor(i));

    // Built on first use: most areas of a national layer receive no point in a local study. Two threads may both
    // build one; either result serves.
    private IPointOnGeometryLocator LocatorFor(int i) =>
        _locators[i] ??= new IndexedPointInAreaLocator(_layer.Areas[i].Geometry);

    /// <summary>One thread's query: the point, its envelope, and the areas whose envelopes hold it, reused from query to query.</summary>
    private sealed class CandidateAreas : IItemVisitor<int>
    {
        [ThreadStatic]
        private static CandidateAreas? _current;

        public Coordinate Point { get; } = new();

        public Envelope Envelope { get; } = new();

        public List<int> Indexes { get; } = [];

        public static CandidateAreas ForThisThread(double x, double y)
        {
            var query = _current ??= new CandidateAreas();
            (query.Point.X, query.Point.Y) = (x, y);
            query.Envelope.Init(x, x, y, y);
            query.Indexes.Clear();
            return query;
        }

        public void VisitItem(int item) => Indexes.Add(item);
    }
}
