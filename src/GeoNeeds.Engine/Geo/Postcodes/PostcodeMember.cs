namespace GeoNeeds.Engine.Geo.Postcodes;

/// <summary>One postcode of a built postcode layer: the area whose polygon holds it and the clip area it lies in.</summary>
/// <param name="Postcode">The postcode.</param>
/// <param name="AreaCode">The unit, sector or district polygon holding its point.</param>
/// <param name="ClipCode">The clip area (LSOA, authority) holding its point.</param>
/// <param name="Population">Its residents, when the lookup gives them.</param>
public sealed record PostcodeMember(string Postcode, string AreaCode, string ClipCode, double? Population);
