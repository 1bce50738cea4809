using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>
/// Rates by IMD decile and the OHID slope and relative indexes of inequality, computed once for the
/// <c>inequality</c> verb, the study's <c>inequality.csv</c> and the rates-by-decile chart.
/// </summary>
public static class InequalityMeasure
{
    /// <summary>
    /// Each decile's summed events over its summed people as a crude rate per <paramref name="per"/> with limits
    /// (<see cref="CrudeRate"/>), as Fingertips' "inequalities" view pools small areas by decile (OHID, Fingertips
    /// technical guidance, "Inequalities: deprivation deciles"); most deprived first.
    /// </summary>
    /// <remarks>Pooling counts, not averaging rates, weights each area by its population. Areas without a population take no part.</remarks>
    public static IReadOnlyList<DecileRate> Deciles(IEnumerable<AreaDeprivation> areas, double per) =>
        [.. areas.Where(a => a.Population is not null)
            .GroupBy(a => a.Decile)
            .OrderBy(g => g.Key)
            .Select(g => (Decile: g.Key, Areas: g.Count(), Count: g.Sum(a => a.Count), Population: g.Sum(a => a.Population!.Value)))
            .Select(d => new DecileRate(d.Decile, d.Areas, d.Count, d.Population, null, CrudeRate.Calculate(d.Count, d.Population, per)))];

    /// <summary>
    /// The decile rates (<see cref="Deciles"/>) with their relative ranks, the overall rate, and the SII and RII
    /// over the deciles that have people (<see cref="InequalityIndex.Calculate"/>).
    /// </summary>
    public static InequalityResult Calculate(IEnumerable<AreaDeprivation> areas, double per, int repetitions = InequalityIndex.DefaultRepetitions, int seed = InequalityIndex.DefaultSeed) =>
        Calculate(Deciles(areas, per), per, repetitions, seed);

    /// <summary>The relative ranks, overall rate, SII and RII of decile rates already pooled by <see cref="Deciles"/>.</summary>
    public static InequalityResult Calculate(IReadOnlyList<DecileRate> deciles, double per, int repetitions = InequalityIndex.DefaultRepetitions, int seed = InequalityIndex.DefaultSeed)
    {
        var populated = deciles.Where(d => d.Population > 0).ToList();
        var index = InequalityIndex.Calculate(
            [.. populated.Select(d => new QuantileRate(d.Population, d.Rate.Value!.Value, d.Rate.Lower95, d.Rate.Upper95))], repetitions, seed);
        var ranks = index.RelativeRanks.Count == populated.Count
            ? populated.Select((d, i) => (d.Decile, Rank: index.RelativeRanks[i])).ToDictionary(r => r.Decile, r => (double?)r.Rank)
            : [];
        var overall = CrudeRate.Calculate(deciles.Sum(d => d.Count), deciles.Sum(d => d.Population), per);
        return new InequalityResult([.. deciles.Select(d => d with { RelativeRank = ranks.GetValueOrDefault(d.Decile) })], overall, index);
    }
}
