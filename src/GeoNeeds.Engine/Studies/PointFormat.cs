using System.Text.Json.Serialization;

namespace GeoNeeds.Engine.Studies;

/// <summary>The layout of a points input: <c>police-uk</c> or <c>columns</c> in a study file.</summary>
public enum PointFormat
{
    /// <summary>The published police.uk street-level layout.</summary>
    [JsonStringEnumMemberName("police-uk")]
    PoliceUk,

    /// <summary>Any CSV whose coordinate and other columns are named by <c>columns:</c>.</summary>
    [JsonStringEnumMemberName("columns")]
    Columns,
}
