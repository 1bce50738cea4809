namespace GeoNeeds.Engine.Io.Deprivation;

/// <summary>An area's place in a national index of multiple deprivation.</summary>
/// <param name="AreaCode">The LSOA (2011) code.</param>
/// <param name="Rank">1 = most deprived in the nation.</param>
/// <param name="Decile">1 = the most deprived 10% of the nation's areas, 10 = the least deprived.</param>
public sealed record DeprivationRank(string AreaCode, int Rank, int Decile);
