using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class BowkerTestTests
{
    [Fact]
    public void Calculate_CoffeeBrandChoices_MatchesAgrestisWorkedExample()
    {
        // Agresti (2007), An Introduction to Categorical Data Analysis 2nd ed., Table 8.5: brand at first and second
        // purchase of instant coffee. Agresti prints the symmetry statistic 20.4 on df = 10, P = 0.03. The exact
        // values, 20.412358133669610 and P = e^(−x/2) Σ_{k<5} (x/2)^k / k! = 0.025585065792773, were computed
        // separately in double precision (the closed form for even degrees of freedom).
        var table = new double[,]
        {
            { 93, 17, 44, 7, 10 },
            { 9, 46, 11, 0, 9 },
            { 17, 11, 155, 9, 12 },
            { 6, 4, 9, 15, 2 },
            { 10, 4, 12, 2, 27 },
        };

        var test = BowkerTest.Calculate(table);

        Assert.Equal(20.4, test.Statistic, 1);
        Assert.Equal(20.41235813366961, test.Statistic, 10);
        Assert.Equal(10, test.DegreesOfFreedom);
        Assert.Equal(0.03, test.P, 2);
        RelativeAssert.Equal(0.02558506579277331, test.P, 1e-9);
        Assert.Equal(BowkerTest.Method, test.Method);
    }

    [Fact]
    public void Calculate_PairOfEmptyCells_AddsNothingAndKeepsTheFullDegreesOfFreedom()
    {
        // SAS/STAT PROC FREQ "Agreement Study" data (two dermatologists' ratings; terrible ↔ clear never happens).
        // Terms 1/9 + 1/3 + 0 + 64/16 + 0 + 1/11 = 4.535353…; df stays 4 × 3 / 2 = 6 as in Fagerland et al. (2017);
        // P = e^(−x/2) (1 + x/2 + (x/2)²/2) = 0.6046279753611441, computed separately in double precision.
        var table = new double[,]
        {
            { 10, 4, 1, 0 },
            { 5, 10, 12, 2 },
            { 2, 4, 12, 5 },
            { 0, 2, 6, 13 },
        };

        var test = BowkerTest.Calculate(table);

        Assert.Equal(4.5353535353535355, test.Statistic, 12);
        Assert.Equal(6, test.DegreesOfFreedom);
        RelativeAssert.Equal(0.6046279753611441, test.P, 1e-9);
    }

    [Fact]
    public void Calculate_TwoByTwo_IsMcNemarWithoutContinuityCorrection()
    {
        var bowker = BowkerTest.Calculate(new double[,] { { 794, 150 }, { 86, 570 } });
        var mcnemar = McNemarTest.Calculate(150, 86);

        Assert.Equal(mcnemar.Statistic, bowker.Statistic, 12);
        Assert.Equal(mcnemar.P, bowker.P, 12);
        Assert.Equal(1, bowker.DegreesOfFreedom);
    }

    [Fact]
    public void Calculate_NoChangeAtAll_HasStatisticZeroAndPOne()
    {
        var test = BowkerTest.Calculate(new double[,] { { 5, 0, 0 }, { 0, 7, 0 }, { 0, 0, 9 } });

        Assert.Equal(0, test.Statistic);
        Assert.Equal(1, test.P);
        Assert.Equal(3, test.DegreesOfFreedom);
    }

    [Fact]
    public void Calculate_TableNotSquare_IsRefusedSayingWhy()
    {
        var error = Assert.Throws<ArgumentException>(() => BowkerTest.Calculate(new double[2, 3]));

        Assert.Equal("table", error.ParamName);
        Assert.Contains("square table", error.Message);
        Assert.Contains("2 × 3", error.Message);
    }

    [Fact]
    public void Calculate_OneByOne_IsRefusedSayingWhy()
    {
        var error = Assert.Throws<ArgumentException>(() => BowkerTest.Calculate(new double[1, 1]));

        Assert.Contains("at least 2 × 2", error.Message);
    }

    [Fact]
    public void Calculate_NegativeCount_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BowkerTest.Calculate(new double[,] { { 1, -2 }, { 3, 4 } }));
    }

    [Fact]
    public void Calculate_NoTable_IsRefusedAsAMissingArgument()
    {
        Assert.Throws<ArgumentNullException>(() => BowkerTest.Calculate(null!));
    }
}
