namespace GeoNeeds.Engine.Publish.DataDictionary;

/// <summary>What the columns of the outcome tables (<c>outcomes_*.csv</c>) mean, for the data dictionary.</summary>
public static class OutcomeColumnCatalogue
{
    private const string Withheld = " Withheld counts are written * (in CSVs for Excel: empty, with a <column>_suppressed flag).";

    private static readonly Dictionary<string, (string Type, string Description, string? Unit)> Fixed = new(StringComparer.Ordinal)
    {
        ["measure"] = ("string", "What is counted: an intake field, a DASH band, an abuse type, a closure field, a median or a test.", null),
        ["category"] = ("string", "The category counted (missing = not recorded), or the median or the table a test is of.", null),
        ["count"] = ("integer", "Cases in the category." + Withheld, "cases"),
        ["n"] = ("integer", "The cases the percentage is of (its base)." + Withheld, "cases"),
        ["percent"] = ("number", "count as a percentage of n; empty when either is withheld.", "%"),
        ["lower_95"] = ("number", "Lower 95% limit of the percentage (Wilson score).", "%"),
        ["upper_95"] = ("number", "Upper 95% limit of the percentage (Wilson score).", "%"),
        ["value"] = ("number", "The median (case length in weeks, contacts).", null),
        ["statistic"] = ("number", "The test statistic (chi-square; empty for an exact test).", null),
        ["df"] = ("integer", "Degrees of freedom of the test.", null),
        ["p"] = ("number", "The test's p-value.", null),
        ["method"] = ("string", "Wilson score for a percentage, median, or the test (McNemar, exact binomial, McNemar-Bowker).", null),
        ["headline"] = ("string", "What the people have in common, in words.", null),
        ["people_of_100"] = ("integer", "The count scaled to 100 people of its base; empty when withheld.", "people"),
    };

    private static readonly (string Suffix, string Type, string What, string? Unit)[] YearSuffixes =
    [
        ("_count", "integer", "cases in the category, of cases closed in the financial year." + Withheld, "cases"),
        ("_n", "integer", "the base of the percentage, of cases closed in the financial year." + Withheld, "cases"),
        ("_percent", "number", "count as a percentage of n; empty when either is withheld.", "%"),
    ];

    /// <summary>The field for <paramref name="column"/> of an outcome table, year columns (<c>2024-25_count</c>) included.</summary>
    public static TableField Describe(string column)
    {
        if (Fixed.TryGetValue(column, out var known))
        {
            return new TableField(column, known.Type, known.Description, known.Unit);
        }

        if (ColumnCatalogue.Flag(column) is { } flag)
        {
            return flag;
        }

        var (suffix, type, what, unit) = YearSuffixes.FirstOrDefault(s => column.EndsWith(s.Suffix, StringComparison.Ordinal));
        return suffix is null
            ? new TableField(column, "string", "A column passed through from the input.")
            : new TableField(column, type, $"{column[..^suffix.Length]}: {what}", unit);
    }
}
