using NetTopologySuite.Geometries;

namespace GeoNeeds.Synthetic;

/// <summary>An LSOA of the demo town: an <c>X01</c> code, an ONS-style name ("Saltmere 004B") and its ward.</summary>
internal sealed record TownLsoa(string Code, string Name, Polygon Geometry, TownWard Ward);
