namespace GeoNeeds.Viewer.Classification;

/// <summary>Quantile classes: each class holds (as near as ties allow) the same number of areas.</summary>
public static class QuantileBreaks
{
    /// <summary>
    /// Bounds at the quantiles i/k of the values, interpolated as R's default quantile (Hyndman and Fan 1996,
    /// <i>The American Statistician</i> 50:361, definition 7), which classInt's <c>style = "quantile"</c> uses.
    /// </summary>
    /// <remarks>
    /// Tied values can make two quantiles equal; repeated bounds are dropped, so fewer than <paramref name="classes"/>
    /// classes may come back (a column of zeros gives one class). A single value gives one class of zero width.
    /// </remarks>
    /// <exception cref="ArgumentException">No values, or a value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than one class asked for.</exception>
    public static ClassBreaks Of(IEnumerable<double> values, int classes)
    {
        var sorted = ClassBreaks.Sorted(values, classes);
        var bounds = Enumerable.Range(0, classes + 1).Select(i => Quantile(sorted, (double)i / classes));
        return ClassBreaks.Distinct(bounds, "quantile");
    }

    /// <summary>The p-quantile of sorted values by Hyndman and Fan's definition 7: h = (n − 1)p, linear between neighbours.</summary>
    internal static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var below = (int)Math.Floor(h);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((h - below) * (sorted[above] - sorted[below]));
    }
}
