namespace GeoNeeds.Synthetic;

/// <summary>An LSOA's invented deprivation: its score on the town's surface and its would-be national IMD rank and decile.</summary>
/// <param name="Score">Higher is more deprived; used only to rank the LSOAs.</param>
/// <param name="Rank">1 = most deprived of the 32,844 English LSOAs.</param>
/// <param name="Decile">1 = most deprived tenth nationally.</param>
internal sealed record LsoaDeprivation(double Score, int Rank, int Decile)
{
    /// <summary>0 for the least deprived LSOA in England, 1 for the most deprived.</summary>
    public double Level => 1.0 - ((Rank - 1.0) / (DeprivationSurface.EnglishLsoaCount - 1.0));
}
