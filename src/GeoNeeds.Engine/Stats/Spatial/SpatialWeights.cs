namespace GeoNeeds.Engine.Stats.Spatial;

/// <summary>
/// Which areas neighbour which, as lists of indices 0..n−1 in the order of the values a statistic is given, with
/// the link weights of either <see cref="WeightStyle"/>. Built from polygons by <c>Geo.ContiguityWeights</c>; holds
/// no geometry.
/// </summary>
public sealed class SpatialWeights
{
    private readonly int[][] _neighbours;

    private SpatialWeights(int[][] neighbours)
    {
        _neighbours = neighbours;
        Islands = Enumerable.Range(0, neighbours.Length).Where(i => neighbours[i].Length == 0).ToArray();
        Links = neighbours.Sum(list => list.Length) / 2;
    }

    /// <summary>The number of areas.</summary>
    public int Count => _neighbours.Length;

    /// <summary>The number of neighbour pairs (each pair counted once).</summary>
    public int Links { get; }

    /// <summary>The areas with no neighbour at all (an island, an exclave, a polygon that touches nothing).</summary>
    public IReadOnlyList<int> Islands { get; }

    /// <summary>
    /// Weights from symmetric neighbour lists: <paramref name="neighbours"/>[i] lists the areas that touch area i.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// An index is out of range, an area lists itself or the same neighbour twice, or i lists j but j does not list i
    /// (contiguity is symmetric).
    /// </exception>
    public static SpatialWeights FromNeighbours(IReadOnlyList<IReadOnlyList<int>> neighbours)
    {
        var lists = new int[neighbours.Count][];
        var sets = new HashSet<int>[neighbours.Count];
        for (var i = 0; i < neighbours.Count; i++)
        {
            sets[i] = [];
            foreach (var j in neighbours[i])
            {
                if (j < 0 || j >= neighbours.Count || j == i || !sets[i].Add(j))
                {
                    throw new ArgumentException($"Area {i} lists neighbour {j}: neighbours must be other areas 0..{neighbours.Count - 1}, each listed once.", nameof(neighbours));
                }
            }

            lists[i] = [.. sets[i].Order()];
        }

        for (var i = 0; i < lists.Length; i++)
        {
            foreach (var j in lists[i].Where(j => !sets[j].Contains(i)))
            {
                throw new ArgumentException($"Area {i} lists {j} as a neighbour but {j} does not list {i}; contiguity is symmetric.", nameof(neighbours));
            }
        }

        return new SpatialWeights(lists);
    }

    /// <summary>The neighbours of area <paramref name="area"/>, in increasing order.</summary>
    public IReadOnlyList<int> NeighboursOf(int area) => _neighbours[area];

    /// <summary>The weight of each link of <paramref name="area"/> in <paramref name="style"/> (every link of one area weighs the same); 0 for an island.</summary>
    public double LinkWeight(int area, WeightStyle style) => _neighbours[area].Length == 0 ? 0
        : style == WeightStyle.Binary ? 1 : 1.0 / _neighbours[area].Length;

    /// <summary>The spatial lag Σⱼ wᵢⱼ xⱼ of area <paramref name="area"/>: its neighbours' values, weighted.</summary>
    public double Lag(int area, IReadOnlyList<double> values, WeightStyle style)
    {
        var sum = 0.0;
        foreach (var j in _neighbours[area])
        {
            sum += values[j];
        }

        return sum * LinkWeight(area, style);
    }

    /// <summary>
    /// The sums of weights Moran's I needs (Cliff and Ord 1981, <i>Spatial Processes</i>, ch. 2):
    /// S0 = Σᵢⱼ wᵢⱼ, S1 = ½ Σᵢⱼ (wᵢⱼ + wⱼᵢ)², S2 = Σᵢ (wᵢ. + w.ᵢ)².
    /// </summary>
    public (double S0, double S1, double S2) WeightSums(WeightStyle style)
    {
        double s0 = 0, s1 = 0, s2 = 0;
        for (var i = 0; i < Count; i++)
        {
            var wi = LinkWeight(i, style);
            var columnSum = 0.0;
            foreach (var j in _neighbours[i])
            {
                var wj = LinkWeight(j, style);
                s1 += (wi + wj) * (wi + wj);
                columnSum += wj;
            }

            var rowSum = wi * _neighbours[i].Length;
            s0 += rowSum;
            s2 += (rowSum + columnSum) * (rowSum + columnSum);
        }

        return (s0, s1 / 2, s2);
    }

    /// <summary>The checks every statistic makes of its values: one finite value per area.</summary>
    internal void RequireValues(IReadOnlyList<double> values)
    {
        if (values.Count != Count)
        {
            throw new ArgumentException($"There are {values.Count} values for {Count} areas; give one value per area, in the weights' order.", nameof(values));
        }

        if (values.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every value must be a finite number; an area without a value cannot be placed among its neighbours.", nameof(values));
        }
    }
}
