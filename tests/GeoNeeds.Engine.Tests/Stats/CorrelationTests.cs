using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class CorrelationTests
{
    // Anscombe, F. J. (1973), "Graphs in statistical analysis", The American Statistician 27(1):17-21, Table 1.
    private static readonly double[] AnscombeX = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];

    public static TheoryData<string, double[], double[]> AnscombeQuartet => new()
    {
        { "I", AnscombeX, [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68] },
        { "II", AnscombeX, [9.14, 8.14, 8.74, 8.77, 9.26, 8.10, 6.13, 3.10, 9.13, 7.26, 4.74] },
        { "III", AnscombeX, [7.46, 6.77, 12.74, 7.11, 7.81, 8.84, 6.08, 5.39, 8.15, 6.42, 5.73] },
        { "IV", [8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8], [6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.50, 5.56, 7.91, 6.89] },
    };

    [Theory]
    [MemberData(nameof(AnscombeQuartet))]
    public void Summarise_AnscombeQuartet_GivesR0816SlopeHalfInterceptThreeForEachSet(string set, double[] x, double[] y)
    {
        // The quartet's shared statistics as usually quoted: r = 0.816, line y = 3.00 + 0.500 x, R² = 0.67
        // (Anscombe 1973 prints y = 3 + 0.5 x and R² 0.667). Tolerance 0.001 on r and R²: set IV's r is
        // 0.81652 (reference/correlation_reference.py), which rounds to 0.817, and set II's R² is 0.66624;
        // ±0.0005 on the slope and ±0.005 on the intercept, the printed precision.
        var summary = Correlation.Summarise(x, y);

        Assert.True(Math.Abs(summary.PearsonR!.Value - 0.816) <= 0.001, $"set {set}: r = {summary.PearsonR}");
        Assert.True(Math.Abs(summary.Slope!.Value - 0.500) <= 0.0005, $"set {set}: slope = {summary.Slope}");
        Assert.True(Math.Abs(summary.Intercept!.Value - 3.00) <= 0.005, $"set {set}: intercept = {summary.Intercept}");
        Assert.True(Math.Abs(summary.RSquared!.Value - 0.667) <= 0.001, $"set {set}: R² = {summary.RSquared}");
        Assert.Equal(11, summary.N);
    }

    [Fact]
    public void Summarise_AnscombeSetOne_MatchesTheIndependentReferenceToFullPrecision()
    {
        // reference/correlation_reference.py (exact fractions for r and the line; t distribution by an
        // independent continued fraction): r = 0.8164205163448399, p = 0.00216962887307879 (R's lm summary
        // prints p-value: 0.00217), slope 0.5000909090909091, intercept 3.000090909090909. Relative 1e-9.
        var data = AnscombeQuartet.First();
        var summary = Correlation.Summarise((double[])data[1], (double[])data[2]);

        RelativeAssert.Equal(0.8164205163448399, summary.PearsonR, 1e-9);
        RelativeAssert.Equal(0.00216962887307879, summary.PearsonP, 1e-9);
        RelativeAssert.Equal(0.5000909090909091, summary.Slope, 1e-9);
        RelativeAssert.Equal(3.000090909090909, summary.Intercept, 1e-9);
        RelativeAssert.Equal(0.8164205163448399 * 0.8164205163448399, summary.RSquared, 1e-9);
    }

    [Fact]
    public void Spearman_TiedValues_UseAverageRanksAndMatchTheIndependentReference()
    {
        // reference/correlation_reference.py ranks by counting (ties: smaller + (equal + 1) / 2):
        // rho = 0.9102559809857035, p = 0.0002543577964283743. Relative 1e-9.
        double[] x = [1, 2, 2, 3, 4, 5, 5, 5, 6, 7];
        double[] y = [2, 1, 4, 3, 3, 6, 5, 7, 8, 8];

        var summary = Correlation.Summarise(x, y);

        RelativeAssert.Equal(0.9102559809857035, summary.SpearmanRho, 1e-9);
        RelativeAssert.Equal(0.0002543577964283743, summary.SpearmanP, 1e-9);
    }

    [Fact]
    public void Spearman_IqAndTelevisionHours_MatchesTheWorkedExample()
    {
        // The IQ / hours of television example (Wikipedia, "Spearman's rank correlation coefficient"): no ties,
        // Σd² = 194, ρ = 1 − 6 × 194 / (10 × 99) = −29/165 = −0.175758. Tolerance 1e-6.
        double[] iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
        double[] tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];

        Assert.Equal(-29.0 / 165, Correlation.Spearman(iq, tv)!.Value, 1e-6);
    }

    [Fact]
    public void AverageRanks_Ties_ShareTheMeanOfTheirRanks()
    {
        Assert.Equal([1, 2.5, 2.5, 4, 6, 6, 6], Correlation.AverageRanks([10, 20, 20, 30, 40, 40, 40]));
    }

    [Fact]
    public void Summarise_ConstantX_LeavesTheUndefinedStatisticsNull()
    {
        var summary = Correlation.Summarise([2, 2, 2, 2], [1, 2, 3, 4]);

        Assert.Equal(new CorrelationSummary(4, null, null, null, null, null, null, null), summary);
    }

    [Fact]
    public void Summarise_PerfectLine_HasPZero()
    {
        var summary = Correlation.Summarise([1, 2, 3], [2, 4, 6]);

        Assert.Equal((1.0, 0.0), (summary.PearsonR, summary.PearsonP));
    }

    [Fact]
    public void Summarise_TwoPairs_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Correlation.Summarise([1, 2], [3, 4]));

        Assert.Equal("x", error.ParamName);
        Assert.StartsWith("A correlation needs at least 3 pairs; got 2.", error.Message);
    }

    [Fact]
    public void Summarise_ConstantY_LeavesTheCoefficientsAndPValuesNull()
    {
        var summary = Correlation.Summarise([1, 2, 3, 4], [5, 5, 5, 5]);

        Assert.Equal((null, null, null, null), (summary.PearsonR, summary.PearsonP, summary.SpearmanRho, summary.SpearmanP));
        Assert.Equal((0.0, 5.0, null), (summary.Slope, summary.Intercept, summary.RSquared));
    }

    [Fact]
    public void Summarise_PerfectFallingLine_HasRMinusOneAndPZero()
    {
        var summary = Correlation.Summarise([1, 2, 3, 4], [8, 6, 4, 2]);

        Assert.Equal((-1.0, 0.0, -1.0, 0.0), (summary.PearsonR, summary.PearsonP, summary.SpearmanRho, summary.SpearmanP));
    }

    [Theory]
    [InlineData(0.5, 3, 2.0 / 3)]
    [InlineData(-0.5, 3, 2.0 / 3)]
    [InlineData(0, 10, 1)]
    public void TwoSidedP_ByHand_MatchesTheStudentTTail(double r, int n, double expected)
    {
        // With 3 pairs t has 1 degree of freedom (a Cauchy distribution): t = 0.5 × √(1 / 0.75) = 1/√3 and
        // P(|T| > 1/√3) = 1 − 2 atan(1/√3) / π = 1 − 1/3 = 2/3. r = 0 gives t = 0 and p = 1. Tolerance 1e-12.
        Assert.Equal(expected, Correlation.TwoSidedP(r, n), 1e-12);
    }

    [Theory]
    [InlineData(1.0001)]
    [InlineData(-1.0001)]
    [InlineData(double.NaN)]
    public void TwoSidedP_CoefficientOutsideMinusOneToOne_Throws(double r)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Correlation.TwoSidedP(r, 10));

        Assert.Equal("r", error.ParamName);
        Assert.StartsWith("A correlation coefficient lies between -1 and 1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoSidedP_TwoPairs_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Correlation.TwoSidedP(0.5, 2));

        Assert.Equal("n", error.ParamName);
        Assert.StartsWith("A p-value needs at least 3 pairs.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pearson_UnpairedValues_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Correlation.Pearson([1, 2, 3], [1, 2, 3, 4]));

        Assert.Equal("y", error.ParamName);
        Assert.StartsWith("x has 3 values and y 4; they must pair up.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Spearman_ValueNotFinite_Throws(double value)
    {
        var error = Assert.Throws<ArgumentException>(() => Correlation.Spearman([1, 2, 3], [1, value, 3]));

        Assert.Equal("x", error.ParamName);
        Assert.StartsWith("Values must be finite numbers.", error.Message, StringComparison.Ordinal);
    }
}
