using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GeoNeeds.Viewer.Classification;

namespace GeoNeeds.Viewer.Tests.Classification;

public class JenksBreaksTests
{
    // Up to 11 values in 0..50 (ties likely) and 1..4 classes: small enough to try every partition.
    private static readonly Arbitrary<(double[] Values, int Classes)> SmallSets =
        Gen.Choose(1, 11).SelectMany(n => Gen.Choose(0, 50).ArrayOf(n))
            .SelectMany(values => Gen.Choose(1, 4).Select(k => (values.Select(v => (double)v).ToArray(), k)))
            .ToArbitrary();

    [Fact]
    public void Of_ThreeObviousGroups_BreaksBetweenThem()
    {
        // Three runs of three values each far apart: any other cut puts two runs in one class. Worked by hand.
        var breaks = JenksBreaks.Of([20, 1, 11, 2, 3, 10, 12, 21, 22], 3);

        Assert.Equal([1, 3, 12, 22], breaks.Bounds);
        Assert.Equal("natural breaks (Jenks)", breaks.Method);
    }

    [Fact]
    public void Of_FewerDistinctValuesThanClasses_EachValueItsOwnClass()
    {
        var breaks = JenksBreaks.Of([5, 5, 7, 7, 7], 4);

        Assert.Equal([5, 5, 7], breaks.Bounds);
    }

    [Property(MaxTest = 200)]
    public Property OptimalClassEnds_AnySmallSet_AsGoodAsBruteForce() => Prop.ForAll(SmallSets, set =>
    {
        // Fisher's optimum checked independently: try every way of cutting the sorted values into k runs and keep
        // the least total within-class sum of squares. Tolerance 1e-9 for rounding in the prefix sums.
        var sorted = set.Values.Order().ToArray();
        var k = Math.Min(set.Classes, sorted.Length);
        var ends = JenksBreaks.OptimalClassEnds(sorted, k);
        return Math.Abs(Deviation(sorted, ends) - BruteForceBest(sorted, k)) <= 1e-9;
    });

    private static double BruteForceBest(double[] sorted, int k)
    {
        var best = double.PositiveInfinity;
        foreach (var cuts in Combinations(sorted.Length - 1, k - 1))
        {
            best = Math.Min(best, Deviation(sorted, [.. cuts, sorted.Length - 1]));
        }

        return best;
    }

    // Every increasing choice of `count` class ends from 0..last-1 (the last class always ends at the last value).
    private static IEnumerable<int[]> Combinations(int last, int count, int from = 0)
    {
        if (count == 0)
        {
            yield return [];
            yield break;
        }

        for (var end = from; end < last; end++)
        {
            foreach (var rest in Combinations(last, count - 1, end + 1))
            {
                yield return [end, .. rest];
            }
        }
    }

    private static double Deviation(double[] sorted, IReadOnlyList<int> ends)
    {
        double total = 0;
        var first = 0;
        foreach (var end in ends)
        {
            var run = sorted[first..(end + 1)];
            var mean = run.Average();
            total += run.Sum(v => (v - mean) * (v - mean));
            first = end + 1;
        }

        return total;
    }
}
