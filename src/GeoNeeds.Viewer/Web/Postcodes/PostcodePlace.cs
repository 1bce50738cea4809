namespace GeoNeeds.Viewer.Web.Postcodes;

/// <summary>Where a postcode found by the viewer's search is: its representative point in WGS 84.</summary>
/// <param name="Postcode">The postcode as the lookup spells it (<c>CV1 2AB</c>).</param>
public sealed record PostcodePlace(string Postcode, double Longitude, double Latitude);
