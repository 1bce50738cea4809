namespace GeoNeeds.Engine.Outcomes;

/// <summary>
/// Cases of one base (e.g. "cases with a DASH score at intake and exit") counted by category for one measure. Every
/// percentage of an outcome table is a category's count over <see cref="N"/>, the stated base.
/// </summary>
/// <param name="Measure">What is counted, e.g. <c>dash_band_intake</c> or <c>physical</c>.</param>
/// <param name="Base">The cases the percentages are of, in words; measures over the same cases share it.</param>
/// <param name="N">How many cases that is.</param>
/// <param name="Categories">The counts, in the order published.</param>
public sealed record Breakdown(string Measure, string Base, long N, IReadOnlyList<CategoryCount> Categories)
{
    /// <summary>The category missing values are counted under: shown, never dropped.</summary>
    public const string Missing = "missing";

    /// <summary>
    /// <paramref name="items"/> counted by <paramref name="category"/> (null counts as <see cref="Missing"/>), the
    /// <paramref name="order"/>ed categories first and always shown (zeros included), any others after them in
    /// ordinal order, <see cref="Missing"/> last when any is.
    /// </summary>
    public static Breakdown Of<T>(string measure, string baseName, IReadOnlyCollection<T> items, Func<T, string?> category, IEnumerable<string> order)
    {
        var counts = items.GroupBy(item => category(item) ?? Missing, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
        var ordered = order.ToList();
        var rest = counts.Keys.Where(key => !ordered.Contains(key) && key != Missing).Order(StringComparer.Ordinal);
        var missing = counts.ContainsKey(Missing) && !ordered.Contains(Missing) ? [Missing] : Array.Empty<string>();
        var categories = ordered.Concat(rest).Concat(missing).Select(key => new CategoryCount(key, counts.GetValueOrDefault(key))).ToList();
        return new Breakdown(measure, baseName, items.Count, categories);
    }

    /// <summary>One category of <paramref name="items"/>: those that <paramref name="counted"/>.</summary>
    public static Breakdown Share<T>(string measure, string category, string baseName, IReadOnlyCollection<T> items, Func<T, bool> counted) =>
        new(measure, baseName, items.Count, [new CategoryCount(category, items.LongCount(counted))]);

    /// <summary>The count of <paramref name="category"/>, 0 when it is not one of the categories.</summary>
    public long CountOf(string category) => Categories.FirstOrDefault(c => c.Category == category)?.Count ?? 0;
}
