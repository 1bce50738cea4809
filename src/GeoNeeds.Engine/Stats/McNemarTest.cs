using MathNet.Numerics;

namespace GeoNeeds.Engine.Stats;

/// <summary>McNemar's test that a yes/no answer changed as often one way as the other between two paired occasions.</summary>
public static class McNemarTest
{
    /// <summary>The method name when P comes from the chi-squared distribution.</summary>
    public const string ChiSquaredMethod = "McNemar chi-squared";

    /// <summary>The method name when P comes from the exact binomial distribution.</summary>
    public const string ExactMethod = "exact binomial (McNemar)";

    /// <summary>The number of changed (discordant) pairs from which the chi-squared approximation is used.</summary>
    public const double ChiSquaredFromDiscordant = 25;

    /// <summary>
    /// McNemar's test (McNemar 1947, <i>Psychometrika</i> 12:153) from the two discordant counts b and c:
    /// χ² = (b − c)² / (b + c) on 1 degree of freedom, <b>without</b> continuity correction (as Agresti 2013,
    /// <i>Categorical Data Analysis</i> 3rd ed. §11.1; R's <c>mcnemar.test</c> corrects by default, so pass
    /// <c>correct = FALSE</c> to compare). Below <see cref="ChiSquaredFromDiscordant"/> changed pairs P is the exact
    /// two-sided binomial test of b against b + c at one half, min(1, 2 × P(X ≤ min(b, c))), as R's
    /// <c>binom.test</c> and SAS PROC FREQ's exact McNemar test.
    /// </summary>
    /// <param name="changedOneWay">Pairs that changed one way, e.g. high risk at intake and not at exit; zero or more.</param>
    /// <param name="changedOtherWay">Pairs that changed the other way; zero or more.</param>
    /// <remarks>
    /// Pairs that did not change carry no information about the direction of change, so they are not arguments.
    /// With no changed pairs there is no evidence of change: the statistic is 0 and P is 1. The binomial tail is
    /// taken as the regularized incomplete beta function I₀.₅(n − k, k + 1), which equals the sum of binomial terms
    /// for whole counts and stays defined for weighted (fractional) ones.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or not finite.</exception>
    public static SymmetryTest Calculate(double changedOneWay, double changedOtherWay)
    {
        NonNegative.Require(changedOneWay, nameof(changedOneWay));
        NonNegative.Require(changedOtherWay, nameof(changedOtherWay));
        var discordant = changedOneWay + changedOtherWay;
        var difference = changedOneWay - changedOtherWay;
        var statistic = discordant == 0 ? 0 : difference * difference / discordant;
        if (discordant >= ChiSquaredFromDiscordant)
        {
            return new SymmetryTest(statistic, 1, ChiSquaredTail.Above(statistic, 1), ChiSquaredMethod);
        }

        return new SymmetryTest(statistic, 1, ExactTwoSidedP(Math.Min(changedOneWay, changedOtherWay), discordant), ExactMethod);
    }

    private static double ExactTwoSidedP(double smaller, double discordant)
    {
        if (discordant == 0)
        {
            return 1;
        }

        var lowerTail = SpecialFunctions.BetaRegularized(discordant - smaller, smaller + 1, 0.5);
        return Math.Min(1, 2 * lowerTail);
    }
}
