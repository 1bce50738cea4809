namespace GeoNeeds.Viewer.Palettes;

/// <summary>
/// Colour schemes by Cynthia Brewer (Brewer, Hatchard and Harrower 2003, "ColorBrewer in print", <i>Cartography
/// and Geographic Information Science</i> 30:5; colorbrewer2.org, Apache License 2.0). Each scheme is given for
/// 3 to 9 classes (sequential) or 3 to 11 (diverging) as Brewer published it, not interpolated. Every scheme
/// here is marked colour-blind safe by ColorBrewer.
/// </summary>
public static class ColorBrewer
{
    private static readonly Dictionary<string, Palette> Schemes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["YlOrRd"] = Sequential("YlOrRd",
            "ffeda0feb24cf03b20", "ffffb2fecc5cfd8d3ce31a1c", "ffffb2fecc5cfd8d3cf03b20bd0026", "ffffb2fed976feb24cfd8d3cf03b20bd0026",
            "ffffb2fed976feb24cfd8d3cfc4e2ae31a1cb10026", "ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cb10026",
            "ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cbd0026800026"),
        ["OrRd"] = Sequential("OrRd",
            "fee8c8fdbb84e34a33", "fef0d9fdcc8afc8d59d7301f", "fef0d9fdcc8afc8d59e34a33b30000", "fef0d9fdd49efdbb84fc8d59e34a33b30000",
            "fef0d9fdd49efdbb84fc8d59ef6548d7301f990000", "fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301f990000",
            "fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301fb300007f0000"),
        ["YlGnBu"] = Sequential("YlGnBu",
            "edf8b17fcdbb2c7fb8", "ffffcca1dab441b6c4225ea8", "ffffcca1dab441b6c42c7fb8253494", "ffffccc7e9b47fcdbb41b6c42c7fb8253494",
            "ffffccc7e9b47fcdbb41b6c41d91c0225ea80c2c84", "ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea80c2c84",
            "ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58"),
        ["Purples"] = Sequential("Purples",
            "efedf5bcbddc756bb1", "f2f0f7cbc9e29e9ac86a51a3", "f2f0f7cbc9e29e9ac8756bb154278f", "f2f0f7dadaebbcbddc9e9ac8756bb154278f",
            "f2f0f7dadaebbcbddc9e9ac8807dba6a51a34a1486", "fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a34a1486",
            "fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a354278f3f007d"),
        ["Blues"] = Sequential("Blues",
            "deebf79ecae13182bd", "eff3ffbdd7e76baed62171b5", "eff3ffbdd7e76baed63182bd08519c", "eff3ffc6dbef9ecae16baed63182bd08519c",
            "eff3ffc6dbef9ecae16baed64292c62171b5084594", "f7fbffdeebf7c6dbef9ecae16baed64292c62171b5084594",
            "f7fbffdeebf7c6dbef9ecae16baed64292c62171b508519c08306b"),
        ["Greens"] = Sequential("Greens",
            "e5f5e0a1d99b31a354", "edf8e9bae4b374c476238b45", "edf8e9bae4b374c47631a354006d2c", "edf8e9c7e9c0a1d99b74c47631a354006d2c",
            "edf8e9c7e9c0a1d99b74c47641ab5d238b45005a32", "f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45005a32",
            "f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45006d2c00441b"),
        ["RdBu"] = Diverging("RdBu",
            "ef8a62f7f7f767a9cf", "ca0020f4a58292c5de0571b0", "ca0020f4a582f7f7f792c5de0571b0", "b2182bef8a62fddbc7d1e5f067a9cf2166ac",
            "b2182bef8a62fddbc7f7f7f7d1e5f067a9cf2166ac", "b2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac",
            "b2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac", "67001fb2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac053061",
            "67001fb2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac053061"),
        ["PuOr"] = Diverging("PuOr",
            "f1a340f7f7f7998ec3", "e66101fdb863b2abd25e3c99", "e66101fdb863f7f7f7b2abd25e3c99", "b35806f1a340fee0b6d8daeb998ec3542788",
            "b35806f1a340fee0b6f7f7f7d8daeb998ec3542788", "b35806e08214fdb863fee0b6d8daebb2abd28073ac542788",
            "b35806e08214fdb863fee0b6f7f7f7d8daebb2abd28073ac542788", "7f3b08b35806e08214fdb863fee0b6d8daebb2abd28073ac5427882d004b",
            "7f3b08b35806e08214fdb863fee0b6f7f7f7d8daebb2abd28073ac5427882d004b"),
        ["BrBG"] = Diverging("BrBG",
            "d8b365f5f5f55ab4ac", "a6611adfc27d80cdc1018571", "a6611adfc27df5f5f580cdc1018571", "8c510ad8b365f6e8c3c7eae55ab4ac01665e",
            "8c510ad8b365f6e8c3f5f5f5c7eae55ab4ac01665e", "8c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e",
            "8c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e", "5430058c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e003c30",
            "5430058c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e003c30"),
    };

    /// <summary>The scheme used when none is named: yellow-orange-red, light for low rates and dark for high.</summary>
    public const string DefaultSequential = "YlOrRd";

    /// <summary>The names of every scheme, for help text and messages.</summary>
    public static IEnumerable<string> Names => Schemes.Keys;

    /// <summary>The scheme called <paramref name="name"/> (case ignored).</summary>
    /// <exception cref="ArgumentException">No scheme has that name; the message lists them.</exception>
    public static Palette Named(string name) => Schemes.TryGetValue(name, out var palette)
        ? palette
        : throw new ArgumentException($"Unknown palette '{name}': use one of {string.Join(", ", Names)}.", nameof(name));

    private static Palette Sequential(string name, params string[] byClassCount) => new(name, PaletteKind.Sequential, Parse(byClassCount));

    private static Palette Diverging(string name, params string[] byClassCount) => new(name, PaletteKind.Diverging, Parse(byClassCount));

    // Each string is one class count's colours run together as six-digit hex, from 3 classes up.
    private static IReadOnlyList<IReadOnlyList<ScottPlot.Color>> Parse(string[] byClassCount) =>
        [.. byClassCount.Select(run => (IReadOnlyList<ScottPlot.Color>)[.. Enumerable.Range(0, run.Length / 6).Select(i => ScottPlot.Color.FromHex(run.Substring(i * 6, 6)))])];
}
