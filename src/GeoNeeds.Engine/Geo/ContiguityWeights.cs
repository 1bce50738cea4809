using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace GeoNeeds.Engine.Geo;

/// <summary>
/// Which areas of a layer touch which: the neighbour lists that hot-spot and clustering statistics weight
/// (<c>Stats.Spatial.SpatialWeights.FromNeighbours</c>), with the areas' codes in the order of <see cref="Neighbours"/>.
/// Built by <see cref="Queen"/> or <see cref="Rook"/>.
/// </summary>
public sealed class ContiguityWeights
{
    private readonly Dictionary<string, int> _indexByCode;

    private ContiguityWeights(string rule, IReadOnlyList<string> codes, IReadOnlyList<IReadOnlyList<int>> neighbours)
    {
        Rule = rule;
        Codes = codes;
        Neighbours = neighbours;
        Links = neighbours.Sum(list => list.Count) / 2;
        _indexByCode = codes.Select((code, index) => (code, index)).ToDictionary(p => p.code, p => p.index, StringComparer.Ordinal);
    }

    /// <summary><c>queen</c> or <c>rook</c>, for output metadata.</summary>
    public string Rule { get; }

    /// <summary>The area codes, in the layer's order; index i of <see cref="Neighbours"/> is <c>Codes[i]</c>.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>
    /// The neighbour lists, free of geometry: <c>Neighbours[i]</c> holds the indices of the areas that touch area i,
    /// in increasing order, each pair listed both ways.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<int>> Neighbours { get; }

    /// <summary>The number of neighbour pairs (each pair counted once).</summary>
    public int Links { get; }

    /// <summary>The codes of areas that touch no other area (islands, detached polygons); the statistics leave them out.</summary>
    public IReadOnlyList<string> IslandCodes => [.. Codes.Where((_, i) => Neighbours[i].Count == 0)];

    /// <summary>
    /// Queen contiguity: two areas are neighbours when their boundaries share at least one point, a corner being
    /// enough (GeoDa's and PySAL's <c>Queen</c>; Anselin 1988, <i>Spatial Econometrics</i>, ch. 3). Candidates are
    /// found with an STRtree of the areas' envelopes, then tested exactly with a prepared geometry.
    /// </summary>
    /// <param name="layer">The areas; their geometries must be in one coordinate system, as an <see cref="AreaLayer"/>'s are.</param>
    /// <param name="tolerance">
    /// Areas closer than this, in the layer's units, also count as touching; 0 (the default) needs a shared point.
    /// Generalised boundaries that leave slivers between neighbours may need a small tolerance (e.g. 1 m in British
    /// National Grid, 0.00001° in longitude/latitude).
    /// </param>
    /// <remarks>Overlapping areas count as neighbours. An area that touches nothing is an island: see <see cref="IslandCodes"/>.</remarks>
    public static ContiguityWeights Queen(AreaLayer layer, double tolerance = 0) =>
        Build(layer, "queen", tolerance, (prepared, other) =>
            tolerance == 0 ? prepared.Intersects(other) : prepared.Geometry.IsWithinDistance(other, tolerance));

    /// <summary>
    /// Rook contiguity: two areas are neighbours when their boundaries share a stretch of line, not just a corner
    /// (PySAL's <c>Rook</c>). A grid of squares has 4 rook neighbours per inner square and 8 queen ones.
    /// </summary>
    /// <param name="layer">The areas.</param>
    /// <remarks>Exact only: no tolerance, since by distance alone a near-miss corner cannot be told from a near-miss edge.</remarks>
    public static ContiguityWeights Rook(AreaLayer layer) => Build(layer, "rook", 0, (prepared, other) =>
    {
        if (!prepared.Intersects(other))
        {
            return false;
        }

        var matrix = prepared.Geometry.Relate(other);
        return matrix.Get(Location.Boundary, Location.Boundary) == Dimension.Curve
            || matrix.Get(Location.Interior, Location.Interior) == Dimension.Surface;
    });

    /// <summary>The index of <paramref name="code"/> in <see cref="Codes"/>, or −1.</summary>
    public int IndexOf(string code) => _indexByCode.GetValueOrDefault(code, -1);

    private static ContiguityWeights Build(AreaLayer layer, string rule, double tolerance, Func<IPreparedGeometry, Geometry, bool> touches)
    {
        if (!(tolerance >= 0) || !double.IsFinite(tolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be zero or a positive distance in the layer's units.");
        }

        var geometries = layer.Areas.Select(a => a.Geometry).ToArray();
        var index = new STRtree<int>();
        for (var i = 0; i < geometries.Length; i++)
        {
            index.Insert(geometries[i].EnvelopeInternal, i);
        }

        index.Build();
        var neighbours = geometries.Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < geometries.Length; i++)
        {
            var prepared = PreparedGeometryFactory.Prepare(geometries[i]);
            var reach = geometries[i].EnvelopeInternal.Copy();
            reach.ExpandBy(tolerance);
            foreach (var j in index.Query(reach).Where(j => j > i))
            {
                if (touches(prepared, geometries[j]))
                {
                    neighbours[i].Add(j);
                    neighbours[j].Add(i);
                }
            }
        }

        return new ContiguityWeights(rule, [.. layer.Areas.Select(a => a.Code)], [.. neighbours.Select(list => (IReadOnlyList<int>)[.. list.Order()])]);
    }
}
