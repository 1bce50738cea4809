using System.ComponentModel;

namespace GeoNeeds.Engine.Studies;

/// <summary>An ONS best-fit lookup CSV (e.g. <c>LSOA11_WD19_LAD19_EW_best_fit.csv</c>).</summary>
public sealed record LookupDefinition
{
    [Description("The lookup CSV.")]
    public string Path { get; init; } = "";

    [Description("Level name → code column, e.g. { lsoa: LSOA11CD, ward: WD19CD }.")]
    public Dictionary<string, string> Codes { get; init; } = [];

    [Description("Level name → name column, e.g. { ward: WD19NM }.")]
    public Dictionary<string, string> Names { get; init; } = [];
}
