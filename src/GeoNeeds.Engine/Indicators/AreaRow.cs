using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>One area's line in a level table: denominators, deprivation and every indicator.</summary>
/// <param name="Population">Resident population, or null when the study has none for this area.</param>
/// <param name="DeprivationMean">
/// IMD decile at the base level; above it the mean of the member LSOAs' deciles, as published needs assessments
/// report ward deprivation.
/// </param>
/// <param name="DeprivationWeightedMean">The population-weighted mean of the member deciles.</param>
/// <param name="Notes">Why something is missing (no population, no decile), for the table's notes column.</param>
public sealed record AreaRow(
    string Code,
    string Name,
    double? Population,
    double? DeprivationMean,
    double? DeprivationWeightedMean,
    IReadOnlyList<IndicatorValue> Indicators,
    IReadOnlyList<string> Notes);

/// <summary>An indicator's count and rate (with limits and method) in one area.</summary>
public sealed record IndicatorValue(string Indicator, long Count, RateEstimate Rate);
