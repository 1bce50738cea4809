using System.Text.Json.Serialization;

namespace GeoNeeds.Engine.Studies;

/// <summary>A population group an indicator's rate can be per: <c>residents</c> or <c>children</c> in a study file.</summary>
public enum DenominatorGroup
{
    /// <summary>Every resident (the default).</summary>
    [JsonStringEnumMemberName("residents")]
    Residents,

    /// <summary>Residents aged 0–17, from the age-sex population.</summary>
    [JsonStringEnumMemberName("children")]
    Children,
}
