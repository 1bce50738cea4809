namespace GeoNeeds.Viewer.Classification;

/// <summary>
/// The classes of a choropleth: <c>k + 1</c> ascending bounds, class <c>i</c> holding the values from bound
/// <c>i</c> (exclusive, inclusive for the first class) up to bound <c>i + 1</c> (inclusive).
/// </summary>
/// <param name="Bounds">The lowest value, the upper bound of each class; ascending, at least two.</param>
/// <param name="Method">How the bounds were chosen, for the legend and the run summary (e.g. <c>quantile</c>).</param>
public sealed record ClassBreaks(IReadOnlyList<double> Bounds, string Method)
{
    /// <summary>The number of classes.</summary>
    public int Count => Bounds.Count - 1;

    /// <summary>The class (0 = lowest) holding <paramref name="value"/>; values outside the bounds go to the end classes.</summary>
    public int ClassOf(double value)
    {
        for (var i = 1; i < Bounds.Count - 1; i++)
        {
            if (value <= Bounds[i])
            {
                return i - 1;
            }
        }

        return Count - 1;
    }

    /// <summary>Bounds of a class: (lower, upper).</summary>
    public (double Lower, double Upper) Range(int classIndex) => (Bounds[classIndex], Bounds[classIndex + 1]);

    /// <summary>
    /// Bounds from a sorted list of candidate bounds, dropping repeated upper bounds: with many equal values (a
    /// column of zeros) quantiles coincide, and two classes with the same bounds would be one class shown twice.
    /// The first upper bound is kept even when it equals the lowest value, so a run of equal lowest values (the
    /// areas with a rate of 0) keeps a class of its own.
    /// </summary>
    internal static ClassBreaks Distinct(IEnumerable<double> bounds, string method)
    {
        var distinct = new List<double>();
        foreach (var bound in bounds)
        {
            if (distinct.Count < 2 || bound > distinct[^1])
            {
                distinct.Add(bound);
            }
        }

        return new ClassBreaks(distinct, method);
    }

    /// <summary>The values as a sorted array, refusing an empty set or non-finite values.</summary>
    internal static double[] Sorted(IEnumerable<double> values, int classes)
    {
        if (classes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(classes), classes, "A classification needs at least one class.");
        }

        var sorted = values.ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("There are no values to classify.", nameof(values));
        }

        if (sorted.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Values to classify must be finite numbers.", nameof(values));
        }

        Array.Sort(sorted);
        return sorted;
    }
}
