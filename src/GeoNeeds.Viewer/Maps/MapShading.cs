using GeoNeeds.Engine.Stats;
using GeoNeeds.Viewer.Classification;
using GeoNeeds.Viewer.Palettes;

namespace GeoNeeds.Viewer.Maps;

/// <summary>An area's value for a map: a number, or nothing; a suppressed small count is neither shown nor missing.</summary>
public readonly record struct MapValue(double? Value, bool Suppressed = false);

/// <summary>One class of a map's legend: its words and its colour.</summary>
public sealed record MapClass(string Label, ScottPlot.Color Fill);

/// <summary>How one area is shaded: by a class of the legend, or as suppressed, or as having no data.</summary>
public readonly record struct AreaShade(int ClassIndex, AreaShadeKind Kind)
{
    public static AreaShade Class(int index) => new(index, AreaShadeKind.Classified);

    public static AreaShade Suppressed { get; } = new(-1, AreaShadeKind.Suppressed);

    public static AreaShade NoData { get; } = new(-1, AreaShadeKind.NoData);
}

public enum AreaShadeKind
{
    Classified,
    Suppressed,
    NoData,
}

/// <summary>
/// A map's classes in legend order and the shade of each area, by area code. Areas of the map with no entry
/// are drawn as having no data.
/// </summary>
/// <param name="Method">How the classes were made, for the legend (e.g. "quantile, 5 classes").</param>
/// <param name="Breaks">The class bounds of a shading by value or decile; null for categories (clusters, benchmark outcomes).</param>
public sealed record MapShading(IReadOnlyList<MapClass> Classes, IReadOnlyDictionary<string, AreaShade> Areas, string Method, ClassBreaks? Breaks = null)
{
    /// <summary>
    /// Shades by value: classes from <paramref name="scheme"/> over the values shown (suppressed and missing
    /// values take no part), coloured by <paramref name="palette"/>, listed highest first.
    /// </summary>
    public static MapShading ByValue(IReadOnlyDictionary<string, MapValue> values, ClassificationScheme scheme, Palette palette)
    {
        var shown = values.Values.Where(v => !v.Suppressed && v.Value is not null).Select(v => v.Value!.Value).ToList();
        if (shown.Count == 0)
        {
            return new MapShading([], values.ToDictionary(v => v.Key, v => v.Value.Suppressed ? AreaShade.Suppressed : AreaShade.NoData), scheme.Method);
        }

        var breaks = scheme.Classify(shown);
        var colours = palette.Colours(breaks.Count);
        var labels = LegendText.Ranges(breaks);
        var top = breaks.Count - 1;
        var classes = Enumerable.Range(0, breaks.Count).Select(i => new MapClass(labels[top - i], colours[top - i])).ToList();
        var areas = values.ToDictionary(v => v.Key, v => Shade(v.Value, value => top - breaks.ClassOf(value)));
        return new MapShading(classes, areas, $"{breaks.Method}, {breaks.Count} classes", breaks);
    }

    /// <summary>
    /// Shades IMD deciles (a mean of LSOA deciles goes to the nearest) in the fixed decile colours, decile 1 (most
    /// deprived) first. <paramref name="method"/> says what the deciles are, for the legend.
    /// </summary>
    public static MapShading ByDecile(IReadOnlyDictionary<string, double?> deciles, string method = "IMD 2019 deciles (England)")
    {
        var classes = Enumerable.Range(1, 10).Select(d => new MapClass(DecileClasses.Label(d), MapColours.Deciles[d - 1])).ToList();
        var areas = deciles.ToDictionary(d => d.Key, d => Shade(new MapValue(d.Value), value => DecileClasses.Breaks.ClassOf(value)));
        return new MapShading(classes, areas, method, DecileClasses.Breaks);
    }

    /// <summary>
    /// Shades by comparison with a benchmark in Fingertips' colours: each area's 95% interval against
    /// <paramref name="benchmark"/> (<see cref="BenchmarkComparison.Compare(double?, double?, double?, Polarity)"/>).
    /// </summary>
    public static MapShading ByBenchmark(IReadOnlyDictionary<string, (double? Lower, double? Upper, bool Suppressed)> intervals, double benchmark, Polarity polarity)
    {
        List<BenchmarkOutcome> order = [.. BenchmarkColours.LegendOrder(polarity), BenchmarkOutcome.NotCompared];
        var classes = order.Select(BenchmarkColours.Of).Select(c => new MapClass(c.Label, c.Colour)).ToList();
        var areas = intervals.ToDictionary(i => i.Key, i => i.Value.Suppressed
            ? AreaShade.Suppressed
            : AreaShade.Class(order.IndexOf(BenchmarkComparison.Compare(i.Value.Lower, i.Value.Upper, benchmark, polarity))));
        return new MapShading(classes, areas, "95% confidence interval compared with the benchmark");
    }

    /// <summary>
    /// Shades local Moran cluster labels (<c>HH</c>, <c>HL</c>, <c>LH</c>, <c>LL</c>, <c>ns</c>) in the LISA cluster
    /// map colours of GeoDa (Anselin, Syabri and Kho 2006): hot spots red, cold spots blue, outliers pale, not
    /// significant light grey. Areas without a label are drawn as having no data.
    /// </summary>
    public static MapShading ByCluster(IReadOnlyDictionary<string, string> labels)
    {
        (string Code, string Label, string Hex)[] clusters =
        [
            ("HH", "High-high (hot spot)", "FF0000"),
            ("HL", "High-low (outlier)", "F4ADA8"),
            ("LH", "Low-high (outlier)", "A7ADF9"),
            ("LL", "Low-low (cold spot)", "0000FF"),
            ("ns", "Not significant", "EEEEEE"),
        ];
        var classes = clusters.Select(c => new MapClass(c.Label, ScottPlot.Color.FromHex(c.Hex))).ToList();
        var index = clusters.Select((c, i) => (c.Code, i)).ToDictionary(c => c.Code, c => c.i, StringComparer.Ordinal);
        var areas = labels.ToDictionary(l => l.Key, l => index.TryGetValue(l.Value, out var i) ? AreaShade.Class(i) : AreaShade.NoData);
        return new MapShading(classes, areas, "local Moran's I, p < 0.05, 999 permutations");
    }

    private static AreaShade Shade(MapValue value, Func<double, int> classOf) =>
        value.Suppressed ? AreaShade.Suppressed : value.Value is { } number ? AreaShade.Class(classOf(number)) : AreaShade.NoData;
}
