using System.Globalization;
using System.Text.RegularExpressions;

namespace GeoNeeds.Engine.Export;

/// <summary>
/// The column names of an indicator in the level tables and GeoJSON layers: <c>&lt;name&gt;_count</c>,
/// <c>&lt;name&gt;_rate_per_&lt;n&gt;[_&lt;group&gt;]</c>, <c>&lt;name&gt;_lower_95</c>, <c>&lt;name&gt;_upper_95</c>,
/// <c>&lt;name&gt;_lower_998</c>, <c>&lt;name&gt;_upper_998</c> and <c>&lt;name&gt;_method</c>, and the deprivation
/// columns. The engine writes these names and the viewer reads them back through this one type.
/// </summary>
public static partial class IndicatorColumnNames
{
    /// <summary>The IMD decile of a base area (LSOA).</summary>
    public const string DeprivationDecile = "imd_decile";

    /// <summary>The mean of the LSOA deciles of a larger area.</summary>
    public const string DeprivationMean = "imd_mean";

    /// <summary>The population-weighted mean of the LSOA deciles of a larger area.</summary>
    public const string DeprivationWeightedMean = "imd_weighted_mean";

    /// <summary>The words in the method column of a suppressed small count.</summary>
    public const string SuppressedMethod = "suppressed";

    /// <summary>A rate column's parts: <c>da_incidents</c>, 1,000 and <c>women_16_74</c> for <c>da_incidents_rate_per_1000_women_16_74</c>.</summary>
    /// <param name="Group">The denominator's suffix (a group or the denominator column), or null for the whole population.</param>
    public sealed record RateColumn(string Indicator, double Per, string? Group);

    public static string Count(string indicator) => $"{indicator}_count";

    /// <summary><c>&lt;indicator&gt;_rate_per_&lt;per&gt;</c>, with <c>_&lt;group&gt;</c> when the denominator is a group.</summary>
    public static string Rate(string indicator, double per, string? group = null) =>
        $"{indicator}_rate_per_{per.ToString("0", CultureInfo.InvariantCulture)}{(group is null ? "" : "_" + group)}";

    public static string Lower95(string indicator) => $"{indicator}_lower_95";

    public static string Upper95(string indicator) => $"{indicator}_upper_95";

    public static string Lower998(string indicator) => $"{indicator}_lower_998";

    public static string Upper998(string indicator) => $"{indicator}_upper_998";

    public static string Method(string indicator) => $"{indicator}_method";

    /// <summary>The parts of a rate column (case ignored, as tables from elsewhere may shout), or null for any other column.</summary>
    public static RateColumn? ParseRate(string column) =>
        RatePattern().Match(column) is { Success: true } m
            ? new RateColumn(
                m.Groups["indicator"].Value,
                double.Parse(m.Groups["per"].Value, CultureInfo.InvariantCulture),
                m.Groups["group"].Success ? m.Groups["group"].Value : null)
            : null;

    [GeneratedRegex("^(?<indicator>.+?)_rate_per_(?<per>[0-9]+)(_(?<group>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex RatePattern();
}
