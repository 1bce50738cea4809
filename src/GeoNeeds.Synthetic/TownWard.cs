using NetTopologySuite.Geometries;

namespace GeoNeeds.Synthetic;

/// <summary>A ward of the demo town: an invented name, an <c>X05</c> code and the exact union of its LSOAs.</summary>
internal sealed record TownWard(string Code, string Name, Geometry Geometry);
