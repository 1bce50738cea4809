namespace GeoNeeds.Engine.Export;

/// <summary>The attribute columns of a GeoPackage feature table: names in first-seen order, types after the values.</summary>
internal static class GeoPackageColumns
{
    /// <summary>
    /// Every property name of <paramref name="features"/> with the GeoPackage type (§1.1.1.1.3) its values need:
    /// INTEGER for whole numbers, REAL for any other number, BOOLEAN for flags, TEXT for anything else or a mix.
    /// </summary>
    /// <exception cref="ArgumentException">A feature repeats a property name.</exception>
    public static IReadOnlyList<(string Name, string Type)> Of(string table, IReadOnlyList<AreaFeature> features)
    {
        var types = new Dictionary<string, string?>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var feature in features)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, value) in feature.Properties)
            {
                if (!seen.Add(name))
                {
                    throw new ArgumentException($"A feature of table {table} has more than one property called '{name}'.");
                }

                if (!types.TryGetValue(name, out var known))
                {
                    order.Add(name);
                }

                types[name] = Combined(known, TypeOf(value));
            }
        }

        return [.. order.Select(name => (name, types[name] ?? "TEXT"))];
    }

    /// <summary>The value as SQLite stores it in such a column: flags 1/0, numbers as they are, other values as their text.</summary>
    public static object Cell(object? value) => value switch
    {
        null => DBNull.Value,
        double number when !double.IsFinite(number) => DBNull.Value,
        float number when !float.IsFinite(number) => DBNull.Value,
        bool flag => flag ? 1 : 0,
        byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal => value,
        _ => ValueText.Format(value),
    };

    private static string? TypeOf(object? value) => value switch
    {
        null => null,
        bool => "BOOLEAN",
        byte or sbyte or short or ushort or int or uint or long or ulong => "INTEGER",
        float or double or decimal => "REAL",
        _ => "TEXT",
    };

    private static string? Combined(string? known, string? next) => (known, next) switch
    {
        (null, _) => next,
        (_, null) => known,
        _ when known == next => known,
        ("INTEGER", "REAL") or ("REAL", "INTEGER") => "REAL",
        _ => "TEXT",
    };
}
