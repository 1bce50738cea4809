using NetTopologySuite.Geometries;

namespace GeoNeeds.Synthetic;

/// <summary>A postcode of the demo town's fake <c>ZZ</c> postcode area.</summary>
/// <param name="Text">The postcode in ONS <c>pcds</c> form, e.g. <c>ZZ3 7QX</c>.</param>
/// <param name="Position">British National Grid on the 0.1 m grid, inside <paramref name="Lsoa"/>.</param>
/// <param name="Lsoa">The LSOA the point lies in.</param>
/// <param name="PublishedLsoaCode">The LSOA code the lookup publishes: usually the LSOA's, for a few a code the boundaries lack.</param>
internal sealed record FakePostcode(string Text, Coordinate Position, TownLsoa Lsoa, string PublishedLsoaCode);
