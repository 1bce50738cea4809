namespace GeoNeeds.Viewer.Classification;

/// <summary>Equal-interval classes: the range from the lowest to the highest value cut into equal widths.</summary>
public static class EqualIntervalBreaks
{
    /// <summary>
    /// Bounds min + i × (max − min) / k for i = 0..k (Slocum et al. 2009, <i>Thematic Cartography and
    /// Geovisualization</i>, 3rd ed., ch. 5, "equal intervals").
    /// </summary>
    /// <remarks>When every value is equal the range is zero and one class of zero width comes back.</remarks>
    /// <exception cref="ArgumentException">No values, or a value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than one class asked for.</exception>
    public static ClassBreaks Of(IEnumerable<double> values, int classes)
    {
        var sorted = ClassBreaks.Sorted(values, classes);
        double min = sorted[0], max = sorted[^1];
        var bounds = Enumerable.Range(0, classes + 1).Select(i => i == classes ? max : min + (i * (max - min) / classes));
        return ClassBreaks.Distinct(bounds, "equal interval");
    }
}
