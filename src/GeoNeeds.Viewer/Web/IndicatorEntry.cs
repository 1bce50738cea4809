using System.Text.Json.Serialization;

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
    IReadOnlyDictionary<string, string>? Clusters = null)
{
    /// <summary>For a period layer (<see cref="PeriodDiscovery"/>), the period's name (<c>2024</c>, <c>baseline</c>); null for the whole study.</summary>
    public string? Period { get; init; }

    /// <summary>For a period layer, the field of the whole study's rate it is a period of.</summary>
    public string? Of { get; init; }

    /// <summary>For a period layer, each area's published figures by area code; not in the index (<c>/api/periods/LEVEL</c> serves them).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, PeriodValue>? Values { get; init; }
}
