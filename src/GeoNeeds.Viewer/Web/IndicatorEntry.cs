namespace GeoNeeds.Viewer.Web;

/// <summary>
/// One indicator a level can be mapped by: the GeoJSON property holding its value and the properties that
/// carry its count, confidence limits and method, as <c>geoneeds assess</c> writes them.
/// </summary>
/// <param name="Field">The property mapped, e.g. <c>da_incidents_rate_per_1000</c> or <c>imd_decile</c>.</param>
/// <param name="Kind"><c>rate</c>, <c>imd_decile</c> (1 = most deprived 10%), <c>imd_mean</c> (a mean of deciles) or <c>hotspot</c>.</param>
/// <param name="Clusters">For a hot-spot layer, each area's local Moran cluster by area code (HH, HL, LH, LL, ns); the field is not in the GeoJSON.</param>
/// <param name="Per">The rate's denominator (per 1,000 residents...); null for the IMD indicators.</param>
public sealed record IndicatorEntry(
    string Field,
    string Label,
    string Kind,
    double? Per = null,
    string? Count = null,
    string? Lower95 = null,
    string? Upper95 = null,
    string? Lower998 = null,
    string? Upper998 = null,
    string? Method = null,
    IReadOnlyDictionary<string, string>? Clusters = null);
