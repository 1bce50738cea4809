namespace GeoNeeds.Engine.Stats;

/// <summary>The slope and relative indexes of inequality of a rate across deprivation quantiles, with provenance.</summary>
/// <param name="Sii">
/// Slope index of inequality: the modelled rate at relative rank 1 (least deprived) − at rank 0 (most deprived).
/// Negative when the rate is higher in more deprived areas.
/// </param>
/// <param name="Rii">Relative index of inequality: modelled rate at rank 1 ÷ at rank 0.</param>
/// <param name="RelativeRanks">Each quantile's midpoint of cumulative population share, most deprived first.</param>
/// <param name="Repetitions">Simulations behind the limits.</param>
/// <param name="Seed">Seed of the simulation, so the limits can be reproduced exactly.</param>
/// <param name="Method">How the indexes and limits were calculated.</param>
/// <param name="NotComputedReason">Why the indexes (or only their limits) are missing; null when all were computed.</param>
public sealed record InequalityEstimate(
    LimitedValue Sii,
    LimitedValue Rii,
    IReadOnlyList<double> RelativeRanks,
    int Repetitions,
    int Seed,
    string Method,
    string? NotComputedReason);
