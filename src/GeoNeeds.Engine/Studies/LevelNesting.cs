namespace GeoNeeds.Engine.Studies;

/// <summary>Which areas of a coarser level are exactly the union of areas of a finer one, so their counts are sums a reader can check.</summary>
internal static class LevelNesting
{
    /// <summary>
    /// Each <paramref name="upper"/> area whose every base area rolls up to a <paramref name="lower"/> area lying wholly
    /// inside it, with those lower areas (ordinal order).
    /// </summary>
    public static IEnumerable<(string Upper, IReadOnlyList<string> Lower)> Families(StudyLevel lower, StudyLevel upper, IReadOnlyList<string> baseCodes)
    {
        var parentOfLower = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var code in baseCodes)
        {
            if (lower.CodeFor(code) is not { } child)
            {
                continue;
            }

            var parent = upper.CodeFor(code);
            parentOfLower[child] = parentOfLower.TryGetValue(child, out var held) && held != parent ? null : parent;
        }

        var whollyNested = baseCodes.Where(c => upper.CodeFor(c) is not null)
            .GroupBy(c => upper.CodeFor(c)!, StringComparer.Ordinal)
            .Where(g => g.All(c => lower.CodeFor(c) is { } child && parentOfLower[child] == g.Key))
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return parentOfLower.Where(p => p.Value is not null && whollyNested.Contains(p.Value))
            .GroupBy(p => p.Value!, p => p.Key)
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Order(StringComparer.Ordinal)]));
    }
}
