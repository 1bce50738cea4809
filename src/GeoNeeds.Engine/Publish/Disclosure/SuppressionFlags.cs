namespace GeoNeeds.Engine.Publish.Disclosure;

/// <summary>
/// Withheld cells as a flag instead of a mark, for outputs whose columns are typed (GeoJSON, GeoPackage, TopoJSON,
/// CSV for Excel): the withheld value becomes empty and a boolean <c>&lt;column&gt;_suppressed</c> right after it
/// says why, so a withheld value is never mistaken for a missing one.
/// </summary>
public static class SuppressionFlags
{
    /// <summary>The name of the flag column of <paramref name="column"/>.</summary>
    public static string FlagOf(string column) => column + "_suppressed";

    /// <summary>
    /// <paramref name="columns"/> with each of <paramref name="flagged"/> followed by its flag: true where the cell held
    /// <see cref="DisclosureDecision.WithheldMark"/> (now null), false elsewhere.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, object?>> Apply(IReadOnlyList<KeyValuePair<string, object?>> columns, IReadOnlySet<string> flagged)
    {
        var result = new List<KeyValuePair<string, object?>>(columns.Count + flagged.Count);
        foreach (var (name, value) in columns)
        {
            var withheld = value is DisclosureDecision.WithheldMark;
            result.Add(new(name, withheld ? null : value));
            if (flagged.Contains(name))
            {
                result.Add(new(FlagOf(name), withheld));
            }
        }

        return result;
    }

    /// <summary>
    /// A table's <paramref name="header"/> and <paramref name="rows"/> with a flag after every column in
    /// <paramref name="always"/> and every column that holds a withheld mark in some row.
    /// </summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows) Apply(
        IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, IEnumerable<string> always)
    {
        var materialised = rows.ToList();
        var flagged = new HashSet<string>(always, StringComparer.Ordinal);
        flagged.UnionWith(header.Where((_, i) => materialised.Any(r => i < r.Count && r[i] is DisclosureDecision.WithheldMark)));
        var flaggedRows = materialised
            .Select(r => (IReadOnlyList<object?>)[.. Apply([.. header.Zip(r, KeyValuePair.Create)], flagged).Select(c => c.Value)])
            .ToList();
        return ([.. header.SelectMany(c => flagged.Contains(c) ? [c, FlagOf(c)] : new[] { c })], flaggedRows);
    }
}
