namespace GeoNeeds.Engine.Stats;

/// <summary>The <c>correlate</c> verb's statistics for one pair of columns; undefined ones are null.</summary>
/// <param name="N">Pairs used.</param>
/// <param name="PearsonR">Pearson's r.</param>
/// <param name="PearsonP">Two-sided p-value of r (t distribution, n − 2 degrees of freedom).</param>
/// <param name="SpearmanRho">Spearman's ρ (average ranks for ties).</param>
/// <param name="SpearmanP">Two-sided p-value of ρ (t approximation).</param>
/// <param name="Slope">Ordinary least-squares slope of y on x.</param>
/// <param name="Intercept">OLS intercept.</param>
/// <param name="RSquared">Share of the variance of y the line explains.</param>
public sealed record CorrelationSummary(
    int N,
    double? PearsonR,
    double? PearsonP,
    double? SpearmanRho,
    double? SpearmanP,
    double? Slope,
    double? Intercept,
    double? RSquared);
