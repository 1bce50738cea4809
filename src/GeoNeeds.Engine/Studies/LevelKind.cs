using System.Text.Json.Serialization;
using GeoNeeds.Engine.Geo.Postcodes;

namespace GeoNeeds.Engine.Studies;

/// <summary>Where a level's areas come from: boundaries given, or postcode polygons built from the study's postcodes.</summary>
public enum LevelKind
{
    /// <summary>Boundary files, a database table or query, or a lookup column.</summary>
    [JsonStringEnumMemberName("boundaries")]
    Boundaries,

    /// <summary>One polygon per postcode (<see cref="PostcodeAreaBuilder"/>).</summary>
    [JsonStringEnumMemberName("postcode_unit")]
    PostcodeUnit,

    /// <summary>Postcode sectors (<c>CV1 1</c>), dissolved from units.</summary>
    [JsonStringEnumMemberName("postcode_sector")]
    PostcodeSector,

    /// <summary>Postcode districts (<c>CV1</c>), dissolved from units.</summary>
    [JsonStringEnumMemberName("postcode_district")]
    PostcodeDistrict,
}

/// <summary>The postcode level a <see cref="LevelKind"/> builds.</summary>
internal static class LevelKinds
{
    /// <summary>The postcode level of <paramref name="kind"/>, or <c>null</c> for <see cref="LevelKind.Boundaries"/>.</summary>
    public static PostcodeLevel? PostcodeLevelOf(LevelKind? kind) => kind switch
    {
        LevelKind.PostcodeUnit => PostcodeLevel.Unit,
        LevelKind.PostcodeSector => PostcodeLevel.Sector,
        LevelKind.PostcodeDistrict => PostcodeLevel.District,
        _ => null,
    };
}
