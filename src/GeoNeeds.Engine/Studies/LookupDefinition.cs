namespace GeoNeeds.Engine.Studies;

/// <summary>An ONS best-fit lookup CSV (e.g. <c>LSOA11_WD19_LAD19_EW_best_fit.csv</c>).</summary>
public sealed class LookupDefinition
{
    public string Path { get; set; } = "";

    /// <summary>Level name → code column, e.g. <c>lsoa: LSOA11CD</c>, <c>ward: WD19CD</c>.</summary>
    public Dictionary<string, string> Codes { get; set; } = [];

    /// <summary>Level name → name column, e.g. <c>ward: WD19NM</c>.</summary>
    public Dictionary<string, string> Names { get; set; } = [];
}
