using GeoNeeds.Engine.Export;

namespace GeoNeeds.Viewer.Tables;

/// <summary>
/// The column names of the area tables <c>geoneeds assess</c> writes (<c>ward.csv</c>): <c>area_code</c>,
/// <c>area_name</c>, <c>population</c>, <c>imd_decile</c> or <c>imd_mean</c>, and per indicator
/// <c>&lt;name&gt;_count</c>, <c>&lt;name&gt;_rate_per_&lt;n&gt;</c>, <c>&lt;name&gt;_lower_95</c>, <c>&lt;name&gt;_upper_95</c>,
/// <c>&lt;name&gt;_lower_998</c>, <c>&lt;name&gt;_upper_998</c>; so maps and charts can default to them.
/// </summary>
public static class AssessColumns
{
    public const string Code = "area_code";
    public const string Name = "area_name";
    public const string Population = "population";

    /// <summary>The deprivation column of a table: the decile at LSOA level, the mean of LSOA deciles above it.</summary>
    public static string? Deprivation(ValueTable table) =>
        new[] { IndicatorColumnNames.DeprivationDecile, IndicatorColumnNames.DeprivationWeightedMean, IndicatorColumnNames.DeprivationMean }.FirstOrDefault(table.Has);

    /// <summary>The first rate column of the table (<c>…_rate_per_1000</c>), or null.</summary>
    public static string? FirstRate(ValueTable table) => table.FirstColumn(c => IndicatorColumnNames.ParseRate(c) is not null);

    /// <summary>The rate column of <paramref name="indicator"/>, or null when the table has none.</summary>
    public static string? RateOf(ValueTable table, string indicator) =>
        table.FirstColumn(c => IndicatorColumnNames.ParseRate(c)?.Indicator.Equals(indicator, StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>The indicator a rate column belongs to (<c>da_incidents</c> for <c>da_incidents_rate_per_1000</c>), or null.</summary>
    public static string? IndicatorOf(string column) => IndicatorColumnNames.ParseRate(column)?.Indicator;

    /// <summary>The multiplier of a rate column (1,000 for <c>…_rate_per_1000</c>), or null.</summary>
    public static double? PerOf(string column) => IndicatorColumnNames.ParseRate(column)?.Per;

    public static string Count(string indicator) => IndicatorColumnNames.Count(indicator);

    public static string Lower95(string indicator) => IndicatorColumnNames.Lower95(indicator);

    public static string Upper95(string indicator) => IndicatorColumnNames.Upper95(indicator);

    public static string Lower998(string indicator) => IndicatorColumnNames.Lower998(indicator);

    public static string Upper998(string indicator) => IndicatorColumnNames.Upper998(indicator);
}
