namespace GeoNeeds.Engine.Stats;

/// <summary>Ranks an area among a list of comparators, such as the seven West Midlands authorities or CIPFA nearest neighbours.</summary>
public static class ComparatorRanking
{
    /// <summary>
    /// Standard competition ranking ("1224", as Excel's <c>RANK.EQ</c> and R's <c>rank(ties.method = "min")</c>):
    /// comparators are ordered by value, highest first unless <paramref name="highestFirst"/> is false; equal values
    /// share the best rank of their group and the next rank skips past them, so "3rd of 16" always means two
    /// comparators are strictly ahead.
    /// </summary>
    /// <param name="comparators">Each comparator's code and value, the area being ranked included; a null value is not ranked.</param>
    /// <param name="highestFirst">Rank 1 is the highest value (the default) or the lowest.</param>
    /// <remarks>
    /// Ties are exact equality of the values as given; round them first (e.g. to the published decimals) if rates
    /// that print the same should tie. Comparators without a value get a null rank and do not count in
    /// <see cref="ComparatorRank.Of"/>. The result keeps the input order.
    /// </remarks>
    /// <exception cref="ArgumentException">A code appears twice, or a value is NaN or infinite.</exception>
    public static IReadOnlyList<ComparatorRank> Rank(IReadOnlyList<(string Code, double? Value)> comparators, bool highestFirst = true)
    {
        if (comparators.GroupBy(c => c.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new ArgumentException($"Comparator '{repeated.Key}' is listed more than once.", nameof(comparators));
        }

        if (comparators.Any(c => c.Value is { } v && !double.IsFinite(v)))
        {
            throw new ArgumentException("Comparator values must be finite numbers or null (no value).", nameof(comparators));
        }

        var ranked = comparators.Where(c => c.Value is not null).Select(c => c.Value!.Value).ToList();
        return [.. comparators.Select(c => c.Value is not { } value
            ? new ComparatorRank(c.Code, null, null, ranked.Count, false)
            : new ComparatorRank(
                c.Code,
                value,
                1 + ranked.Count(other => highestFirst ? other > value : other < value),
                ranked.Count,
                ranked.Count(other => other == value) > 1))];
    }

    /// <summary>The rank of <paramref name="code"/> among <paramref name="comparators"/>, as <see cref="Rank"/> gives it.</summary>
    /// <exception cref="ArgumentException">The code is not among the comparators, or as <see cref="Rank"/>.</exception>
    public static ComparatorRank RankOf(string code, IReadOnlyList<(string Code, double? Value)> comparators, bool highestFirst = true) =>
        Rank(comparators, highestFirst).FirstOrDefault(r => r.Code == code)
            ?? throw new ArgumentException($"'{code}' is not among the {comparators.Count} comparators.", nameof(code));
}
