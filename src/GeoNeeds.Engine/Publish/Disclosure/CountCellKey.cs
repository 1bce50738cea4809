using System.Globalization;

namespace GeoNeeds.Engine.Publish.Disclosure;

/// <summary>
/// Names one published count wherever it appears: events of <paramref name="Source"/> (an input, or an indicator for
/// counts only it publishes) in one area of one level, over one slice of them (<paramref name="Kind"/> with its
/// <paramref name="First"/> and <paramref name="Second"/> values: a month and category, a period, a field and value).
/// The same key in two files is the same figure, so it is withheld in both or neither.
/// </summary>
public readonly record struct CountCellKey(string Source, string Level, string Area, CountSlice Kind, string First = "", string Second = "")
{
    /// <summary>The area code of study-wide totals.</summary>
    public const string TotalArea = "TOTAL";

    /// <summary>The earlier period of a change.</summary>
    public const string Before = "before";

    /// <summary>The later period of a change.</summary>
    public const string After = "after";

    /// <summary>All events of the source in the area.</summary>
    public static CountCellKey Whole(string source, string level, string area) => new(source, level, area, CountSlice.Whole);

    /// <summary>One month × category cell of the monthly tables.</summary>
    public static CountCellKey Month(string source, string level, string area, string month, string category) =>
        new(source, level, area, CountSlice.MonthCategory, month, category);

    /// <summary>The events of a named period (the change table's <c>before</c> and <c>after</c>).</summary>
    public static CountCellKey Period(string source, string level, string area, string period) => new(source, level, area, CountSlice.Period, period);

    /// <summary>Referrals in the area with one value of a profiled field (<see cref="TotalArea"/> for the whole study area).</summary>
    public static CountCellKey Profile(string source, string level, string area, string field, string value) =>
        new(source, level, area, CountSlice.FieldValue, field, value);

    /// <summary>Referrals in the area whose value of a field counts in its shares (<see cref="TotalArea"/> for the whole study area).</summary>
    public static CountCellKey Compared(string source, string level, string area, string field) =>
        new(source, level, area, CountSlice.FieldCompared, field);

    /// <summary>An indicator's events in the base areas of one deprivation decile, or of every decile when null (the inequality table).</summary>
    public static CountCellKey Decile(string indicator, int? decile) =>
        new(indicator, "", decile?.ToString(CultureInfo.InvariantCulture) ?? "all", CountSlice.Decile);

    /// <summary>The events of a group of areas, published through the group's rate (the comparators table).</summary>
    public static CountCellKey Group(string indicator, string level) => new(indicator, level, "", CountSlice.Group);

    /// <summary>The study area's events of one month, over every area and category: what the monthly and seasonal charts draw.</summary>
    public static CountCellKey StudyMonth(string source, string month) => new(source, "", TotalArea, CountSlice.MonthCategory, month);

    /// <summary>Every event of the source: the run summary's matched rows, always published.</summary>
    public static CountCellKey StudyTotal(string source) => new(source, "", TotalArea, CountSlice.Whole);

    // Ordinal, as the generated members compare, but a run's keys differ mostly in area and slice and hardly ever only
    // in source or level: those two are left out of the hash, which a national run computes millions of times.
    public bool Equals(CountCellKey other) => Kind == other.Kind && string.Equals(Area, other.Area, StringComparison.Ordinal)
        && string.Equals(First, other.First, StringComparison.Ordinal) && string.Equals(Second, other.Second, StringComparison.Ordinal)
        && string.Equals(Level, other.Level, StringComparison.Ordinal) && string.Equals(Source, other.Source, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Area, First, Second, Kind);

    public override string ToString() => string.Join(" ", new[] { Source, Level, Area, Kind.ToString(), First, Second }.Where(p => p.Length > 0));
}
