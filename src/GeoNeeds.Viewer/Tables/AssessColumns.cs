using System.Text.RegularExpressions;

namespace GeoNeeds.Viewer.Tables;

/// <summary>
/// The column names of the area tables <c>geoneeds assess</c> writes (<c>ward.csv</c>): <c>area_code</c>,
/// <c>area_name</c>, <c>population</c>, <c>imd_decile</c> or <c>imd_mean</c>, and per indicator
/// <c>&lt;name&gt;_count</c>, <c>&lt;name&gt;_rate_per_&lt;n&gt;</c>, <c>&lt;name&gt;_lower_95</c>, <c>&lt;name&gt;_upper_95</c>,
/// <c>&lt;name&gt;_lower_998</c>, <c>&lt;name&gt;_upper_998</c>; so maps and charts can default to them.
/// </summary>
public static partial class AssessColumns
{
    public const string Code = "area_code";
    public const string Name = "area_name";
    public const string Population = "population";

    /// <summary>The deprivation column of a table: the decile at LSOA level, the mean of LSOA deciles above it.</summary>
    public static string? Deprivation(ValueTable table) =>
        table.Has("imd_decile") ? "imd_decile" : table.Has("imd_weighted_mean") ? "imd_weighted_mean" : table.Has("imd_mean") ? "imd_mean" : null;

    /// <summary>The first rate column of the table (<c>…_rate_per_1000</c>), or null.</summary>
    public static string? FirstRate(ValueTable table) => table.FirstColumn(c => RatePattern().IsMatch(c));

    /// <summary>The rate column of <paramref name="indicator"/>, or null when the table has none.</summary>
    public static string? RateOf(ValueTable table, string indicator) =>
        table.FirstColumn(c => RatePattern().Match(c) is { Success: true } m && m.Groups["indicator"].Value.Equals(indicator, StringComparison.OrdinalIgnoreCase));

    /// <summary>The indicator a rate column belongs to (<c>da_incidents</c> for <c>da_incidents_rate_per_1000</c>), or null.</summary>
    public static string? IndicatorOf(string column) => RatePattern().Match(column) is { Success: true } m ? m.Groups["indicator"].Value : null;

    /// <summary>The multiplier of a rate column (1,000 for <c>…_rate_per_1000</c>), or null.</summary>
    public static double? PerOf(string column) => RatePattern().Match(column) is { Success: true } m ? double.Parse(m.Groups["per"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    public static string Count(string indicator) => $"{indicator}_count";

    public static string Lower95(string indicator) => $"{indicator}_lower_95";

    public static string Upper95(string indicator) => $"{indicator}_upper_95";

    public static string Lower998(string indicator) => $"{indicator}_lower_998";

    public static string Upper998(string indicator) => $"{indicator}_upper_998";

    [GeneratedRegex("^(?<indicator>.+)_rate_per_(?<per>[0-9]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RatePattern();
}
