using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Viewer.Charts;

/// <summary>The rate of a whole IMD decile: every small area of the decile pooled.</summary>
public sealed record DecileRate(int Decile, RateEstimate Rate, int Areas);

/// <summary>Rates by deprivation decile, the gradient a needs assessment reports.</summary>
public static class DecileRates
{
    /// <summary>
    /// For each decile 1–10 that has areas: the crude rate of the summed counts over the summed populations, with
    /// Fingertips' limits (<see cref="CrudeRate.Calculate"/>), as Fingertips' "inequalities" view pools small areas
    /// by decile (OHID, Fingertips technical guidance, "Inequalities: deprivation deciles").
    /// </summary>
    /// <param name="areas">Each small area's decile (1–10), count and population.</param>
    /// <remarks>
    /// Pooling counts, not averaging rates, weights each area by its population. Areas with no decile or no
    /// population take no part. A decile whose areas all lack population has no rate.
    /// </remarks>
    public static IReadOnlyList<DecileRate> Of(IEnumerable<(int? Decile, double Count, double? Population)> areas, double multiplier) =>
        [.. areas.Where(a => a.Decile is >= 1 and <= 10 && a.Population is > 0)
            .GroupBy(a => a.Decile!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new DecileRate(g.Key, CrudeRate.Calculate(g.Sum(a => a.Count), g.Sum(a => a.Population!.Value), multiplier), g.Count()))];
}
