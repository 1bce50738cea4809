using MathNet.Numerics;

namespace GeoNeeds.Engine.Stats;

/// <summary>The upper tail of the chi-squared distribution, the p-value of a chi-squared statistic.</summary>
internal static class ChiSquaredTail
{
    /// <summary>
    /// P(χ²_df ≥ statistic) as the regularized upper incomplete gamma function Q(df/2, statistic/2), which keeps its
    /// precision for tiny p-values where 1 − CDF would round to 0.
    /// </summary>
    public static double Above(double statistic, int degreesOfFreedom) =>
        SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2.0, statistic / 2);
}
