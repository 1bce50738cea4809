namespace GeoNeeds.Engine.Stats.Spatial;

/// <summary>The deviations from the mean that Moran's I and the local statistics work on, with the checks they share.</summary>
internal static class SpatialDeviations
{
    /// <summary>Each value minus the mean of all values.</summary>
    /// <exception cref="ArgumentException">Fewer than 3 areas, a value count that differs from the areas, a value that is not finite, or all values equal.</exception>
    public static double[] Of(SpatialWeights weights, IReadOnlyList<double> values)
    {
        weights.RequireValues(values);
        if (values.Count < 3)
        {
            throw new ArgumentException($"Spatial autocorrelation needs at least 3 areas; there are {values.Count}.", nameof(values));
        }

        if (values.All(v => v == values[0]))
        {
            throw new ArgumentException($"Every value is {values[0].ToString(System.Globalization.CultureInfo.InvariantCulture)}; with no variation there is nothing to cluster.", nameof(values));
        }

        var mean = values.Average();
        return values.Select(v => v - mean).ToArray();
    }
}
