namespace GeoNeeds.Engine.Geo.Postcodes;

/// <summary>One postcode's representative point, as the input to <see cref="PostcodeAreaBuilder"/>.</summary>
/// <param name="Postcode">The normalised postcode (<c>CV1 1DD</c>).</param>
/// <param name="X">Easting in metres, British National Grid.</param>
/// <param name="Y">Northing in metres, British National Grid.</param>
/// <param name="LsoaCode">The LSOA the postcode lookup gives, if any; it settles points on an LSOA boundary.</param>
/// <param name="Population">The postcode's residents when the lookup gives them.</param>
public sealed record PostcodeCentroid(string Postcode, double X, double Y, string? LsoaCode = null, double? Population = null);
