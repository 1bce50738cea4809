namespace GeoNeeds.Viewer.Classification;

/// <summary>
/// Natural breaks: the classes that make values within each class as alike as possible.
/// </summary>
public static class JenksBreaks
{
    /// <summary>
    /// The optimal classification of Fisher (1958, "On grouping for maximum homogeneity", <i>JASA</i> 53:789),
    /// which Jenks (1977, <i>Optimal data classification for choropleth maps</i>, Univ. of Kansas Occasional
    /// Paper 2) brought to cartography as "natural breaks": of all ways to cut the sorted values into k runs, the
    /// one with the least total within-class sum of squared deviations, found exactly by dynamic programming, each
    /// layer by divide and conquer (Wang and Song 2011, <i>The R Journal</i> 3(2):29), in O(k n log n) time.
    /// </summary>
    /// <remarks>
    /// Unlike Jenks' iterative approximation this is exact, so it never depends on a starting guess. With fewer
    /// distinct values than classes, each distinct value becomes its own class. Ties between equally good
    /// partitions may be broken either way; their total deviation is the same.
    /// </remarks>
    /// <exception cref="ArgumentException">No values, or a value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than one class asked for.</exception>
    public static ClassBreaks Of(IEnumerable<double> values, int classes)
    {
        var sorted = ClassBreaks.Sorted(values, classes);
        var k = Math.Min(classes, sorted.Distinct().Count());
        var ends = OptimalClassEnds(sorted, k);
        return ClassBreaks.Distinct([sorted[0], .. ends.Select(end => sorted[end])], "natural breaks (Jenks)");
    }

    /// <summary>The index of the last value of each class in the best partition of <paramref name="sorted"/> into k runs.</summary>
    internal static int[] OptimalClassEnds(IReadOnlyList<double> sorted, int k)
    {
        var n = sorted.Count;
        var sum = new double[n + 1];
        var sumSquares = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            sum[i + 1] = sum[i] + sorted[i];
            sumSquares[i + 1] = sumSquares[i] + (sorted[i] * sorted[i]);
        }

        // Within-class sum of squared deviations of the values first..last (inclusive), from prefix sums.
        double Deviation(int first, int last)
        {
            var count = last - first + 1;
            var s = sum[last + 1] - sum[first];
            return Math.Max(0, sumSquares[last + 1] - sumSquares[first] - (s * s / count));
        }

        // cost[c, j]: least total deviation of the first j + 1 values in c + 1 classes; start[c, j]: where the last class begins.
        var cost = new double[k, n];
        var start = new int[k, n];
        for (var j = 0; j < n; j++)
        {
            cost[0, j] = Deviation(0, j);
        }

        for (var c = 1; c < k; c++)
        {
            FillLayer(c, c, n - 1, c, n - 1);
        }

        // The best start of the last class never moves left as j grows (the cost is a Monge array, as in
        // Wang and Song 2011, Ckmeans.1d.dp), so each layer is filled by divide and conquer in O(n log n).
        void FillLayer(int c, int from, int to, int firstLow, int firstHigh)
        {
            if (from > to)
            {
                return;
            }

            var j = (from + to) / 2;
            cost[c, j] = double.PositiveInfinity;
            for (var first = Math.Max(firstLow, c); first <= Math.Min(firstHigh, j); first++)
            {
                var candidate = cost[c - 1, first - 1] + Deviation(first, j);
                if (candidate < cost[c, j])
                {
                    cost[c, j] = candidate;
                    start[c, j] = first;
                }
            }

            FillLayer(c, from, j - 1, firstLow, start[c, j]);
            FillLayer(c, j + 1, to, start[c, j], firstHigh);
        }

        var ends = new int[k];
        var end = n - 1;
        for (var c = k - 1; c >= 0; c--)
        {
            ends[c] = end;
            end = c > 0 ? start[c, end] - 1 : end;
        }

        return ends;
    }
}
