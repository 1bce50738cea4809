using System.Text.Json.Serialization;

namespace GeoNeeds.Engine.Studies;

/// <summary>How a points input is placed in the first level's areas: <c>spatial</c>, <c>area-code</c> or <c>database</c>.</summary>
public enum PointJoin
{
    /// <summary>Point in polygon, in GeoNeeds.</summary>
    [JsonStringEnumMemberName("spatial")]
    Spatial,

    /// <summary>By the area code column the rows carry (police.uk's <c>LSOA code</c>).</summary>
    [JsonStringEnumMemberName("area-code")]
    AreaCode,

    /// <summary>Point in polygon inside PostGIS, for points and first-level boundaries both in the database.</summary>
    [JsonStringEnumMemberName("database")]
    Database,
}
