using System.Text.Json.Serialization;

namespace GeoNeeds.Engine.Studies;

/// <summary>What an input's rows are: <c>points</c> or <c>referrals</c> in a study file.</summary>
public enum InputType
{
    /// <summary>Rows with coordinates (police.uk, a force extract).</summary>
    [JsonStringEnumMemberName("points")]
    Points,

    /// <summary>Rows with a postcode (service referrals).</summary>
    [JsonStringEnumMemberName("referrals")]
    Referrals,
}
