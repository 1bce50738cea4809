using NetTopologySuite.Geometries;

namespace GeoNeeds.Synthetic;

/// <summary>
/// An anonymised map point in the police.uk manner: incidents are published at the nearest of a fixed set of
/// points, each named "On or near" a street or a kind of place.
/// </summary>
/// <param name="Position">British National Grid, on the 0.1 m grid.</param>
/// <param name="Location">The street or place, e.g. <c>Kelp Street</c> or <c>Supermarket</c>.</param>
/// <param name="Lsoa">The LSOA the point is published in; null outside the town.</param>
internal sealed record MapPoint(Coordinate Position, string Location, TownLsoa? Lsoa);
