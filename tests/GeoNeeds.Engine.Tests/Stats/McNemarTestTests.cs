using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class McNemarTestTests
{
    [Fact]
    public void Calculate_PresidentialApprovalRatings_MatchesAgrestisWorkedExample()
    {
        // Agresti (2007), An Introduction to Categorical Data Analysis 2nd ed., Table 8.1 (R's mcnemar.test example):
        // 794 approve twice, 150 approve then disapprove, 86 disapprove then approve, 570 disapprove twice.
        // Agresti prints z = 4.17, z² = 17.36 (no continuity correction), P < 0.0001; the statistic is 64² / 236 and
        // P = erfc(√(χ²/2)) = 3.0992934e-5, computed separately in double precision.
        var test = McNemarTest.Calculate(150, 86);

        Assert.Equal(17.36, test.Statistic, 2);
        Assert.Equal(4096.0 / 236, test.Statistic, 12);
        Assert.Equal(1, test.DegreesOfFreedom);
        RelativeAssert.Equal(3.0992934410452196e-05, test.P, 1e-9);
        Assert.Equal(McNemarTest.ChiSquaredMethod, test.Method);
    }

    [Theory]
    // Whole-count pairs below 25 changed, including the edges: none of one kind, an even split, one short of 25.
    [InlineData(3, 12)]
    [InlineData(12, 3)]
    [InlineData(0, 5)]
    [InlineData(5, 5)]
    [InlineData(10, 14)]
    [InlineData(1, 0)]
    public void Calculate_FewerThanTwentyFiveChanged_UsesTheExactBinomialTest(int oneWay, int otherWay)
    {
        var test = McNemarTest.Calculate(oneWay, otherWay);

        Assert.Equal(McNemarTest.ExactMethod, test.Method);
        Assert.Equal(ExactTwoSidedP(oneWay, otherWay), test.P, 12);
    }

    [Fact]
    public void Calculate_ThreeAgainstTwelve_MatchesThePublishedBinomialP()
    {
        // 2 × (1 + 15 + 105 + 455) / 2¹⁵ = 0.03515625, as R's binom.test(3, 15) prints (p-value = 0.03516).
        Assert.Equal(0.03515625, McNemarTest.Calculate(3, 12).P, 12);
    }

    [Fact]
    public void Calculate_TwentyFiveChanged_SwitchesToChiSquared()
    {
        // (20 − 5)² / 25 = 9 on 1 df: P = erfc(√4.5) = 0.0026997960632601913, computed separately.
        var test = McNemarTest.Calculate(20, 5);

        Assert.Equal(McNemarTest.ChiSquaredMethod, test.Method);
        Assert.Equal(9, test.Statistic, 12);
        RelativeAssert.Equal(0.0026997960632601913, test.P, 1e-9);
    }

    [Fact]
    public void Calculate_NothingChanged_HasStatisticZeroAndPOne()
    {
        var test = McNemarTest.Calculate(0, 0);

        Assert.Equal(0, test.Statistic);
        Assert.Equal(1, test.P);
    }

    [Theory]
    [InlineData(-1, 3, "changedOneWay")]
    [InlineData(3, double.NaN, "changedOtherWay")]
    [InlineData(double.PositiveInfinity, 3, "changedOneWay")]
    public void Calculate_ImpossibleCount_IsRefusedNamingIt(double oneWay, double otherWay, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => McNemarTest.Calculate(oneWay, otherWay));

        Assert.Equal(name, error.ParamName);
    }

    // The independent reference: twice the smaller binomial tail at one half, summed term by term, capped at 1.
    private static double ExactTwoSidedP(int oneWay, int otherWay)
    {
        var n = oneWay + otherWay;
        var tail = 0.0;
        var term = Math.Pow(0.5, n);
        for (var k = 0; k <= Math.Min(oneWay, otherWay); k++)
        {
            tail += term;
            term = term * (n - k) / (k + 1);
        }

        return Math.Min(1, 2 * tail);
    }
}
