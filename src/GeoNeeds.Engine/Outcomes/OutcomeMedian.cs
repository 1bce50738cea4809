namespace GeoNeeds.Engine.Outcomes;

/// <summary>The median of a measure over <paramref name="N"/> cases; <c>null</c> when there are none.</summary>
/// <param name="Measure">What the median is of, with its unit, e.g. <c>case_length_weeks</c>.</param>
/// <param name="Base">The cases, in words.</param>
public sealed record OutcomeMedian(string Measure, string Base, long N, double? Value)
{
    /// <summary>The middle value, or the mean of the two middle values (the usual sample median).</summary>
    public static OutcomeMedian Of(string measure, string baseName, IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        double? median = sorted.Length == 0 ? null
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        return new OutcomeMedian(measure, baseName, sorted.Length, median);
    }
}
