namespace GeoNeeds.Viewer.Web.Postcodes;

/// <summary>The area of one level a searched postcode's point falls in.</summary>
/// <param name="Id">The area's feature id in the level's tiles (its place in the layer file + 1).</param>
public sealed record PostcodeArea(string Level, int Id, string? Code, string? Name);
