using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Publish;

/// <summary>
/// The cells of a correlation summary (<see cref="Correlation.Summarise"/>), the same in the <c>correlate</c> verb's
/// output and the study's <c>correlations.csv</c> (which puts <c>level,indicator,x</c> first).
/// </summary>
public static class CorrelationLayout
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["n", "pearson_r", "pearson_p", "spearman_rho", "spearman_p", "slope", "intercept", "r_squared"];

    /// <summary>The summary's cells, in <see cref="Columns"/> order.</summary>
    public static IReadOnlyList<object?> Cells(CorrelationSummary s) =>
        [s.N, s.PearsonR, s.PearsonP, s.SpearmanRho, s.SpearmanP, s.Slope, s.Intercept, s.RSquared];
}
