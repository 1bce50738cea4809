using NetTopologySuite.Geometries;

namespace GeoNeeds.Engine.Geo.Postcodes;

/// <summary>
/// The polygon of one postcode: the Voronoi cell of its point within its clip area, or its slice of that cell when
/// several postcodes share the point.
/// </summary>
/// <param name="Postcode">The postcode.</param>
/// <param name="ClipCode">The clip area (LSOA, authority) the point lies in.</param>
/// <param name="Geometry">The cell, in British National Grid metres on a millimetre grid.</param>
internal sealed record PostcodeCell(PostcodeCentroid Postcode, string ClipCode, Geometry Geometry);
