using System.Text.Json.Serialization;

namespace GeoNeeds.Engine.Studies;

/// <summary>How the first level's areas roll up to a coarser level: <c>interior-point</c> or <c>lookup</c>.</summary>
public enum RollupMethod
{
    /// <summary>Each area goes to the coarser area holding its interior point.</summary>
    [JsonStringEnumMemberName("interior-point")]
    InteriorPoint,

    /// <summary>By the best-fit lookup's code column for the level.</summary>
    [JsonStringEnumMemberName("lookup")]
    Lookup,
}
