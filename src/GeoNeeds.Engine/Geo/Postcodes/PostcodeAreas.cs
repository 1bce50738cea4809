namespace GeoNeeds.Engine.Geo.Postcodes;

/// <summary>Postcode polygons built by <see cref="PostcodeAreaBuilder"/>, with what went into them and what was left out.</summary>
/// <param name="Level">Units, sectors or districts.</param>
/// <param name="Layer">The polygons, in British National Grid; codes are postcodes, sectors (<c>CV1 1</c>) or districts (<c>CV1</c>).</param>
/// <param name="Members">Every postcode placed, in the polygon holding its point.</param>
/// <param name="Outside">Postcodes whose point lies in no clip area, left out.</param>
/// <param name="SharedPoints">Points shared by several postcodes, each cell split evenly among them.</param>
/// <param name="EmptyClipAreas">Clip areas holding no postcode, each given whole to the polygon of the postcode nearest it: clip code → area code.</param>
/// <param name="LsoaDisagreements">Postcodes whose point lies outside the clip area the lookup names as their LSOA.</param>
public sealed record PostcodeAreas(
    PostcodeLevel Level,
    AreaLayer Layer,
    IReadOnlyList<PostcodeMember> Members,
    IReadOnlyList<PostcodeCentroid> Outside,
    int SharedPoints,
    IReadOnlyDictionary<string, string> EmptyClipAreas,
    int LsoaDisagreements)
{
    /// <summary>The layer name of each level: <c>postcode_unit</c>, <c>postcode_sector</c>, <c>postcode_district</c>.</summary>
    public static string LayerName(PostcodeLevel level) => "postcode_" + level.ToString().ToLowerInvariant();
}
