using GeoNeeds.Engine.Stats.Spatial;

namespace GeoNeeds.Engine.Indicators;

/// <summary>One area's hot-spot statistics.</summary>
/// <param name="Code">The area code.</param>
/// <param name="Value">The value analysed.</param>
/// <param name="GiStar">Getis-Ord Gi* z and p; null for an island.</param>
/// <param name="LocalMoran">Local Moran's I, pseudo p and cluster label; ns for an island.</param>
/// <param name="IsIsland">Whether the area touches no other area.</param>
public sealed record HotSpotRow(string Code, double Value, GetisOrdResult GiStar, LocalMoranResult LocalMoran, bool IsIsland);
