using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class InequalityIndexTests
{
    // The deciles of reference/sii_reference.py, most deprived first: every count is 10 or more, so each rate's
    // 95% limits are Byar's, as GeoNeeds' CrudeRate gives them.
    private static readonly double[] Populations = [12000, 11000, 10500, 10000, 9800, 10200, 9900, 10100, 9700, 9500];
    private static readonly double[] Counts = [180, 150, 130, 120, 100, 95, 90, 80, 70, 60];

    private static QuantileRate[] Deciles() =>
        [.. Populations.Zip(Counts, (population, count) =>
        {
            var rate = CrudeRate.Calculate(count, population, 1_000);
            return new QuantileRate(population, rate.Value!.Value, rate.Lower95, rate.Upper95);
        })];

    [Fact]
    public void RelativeRanks_PheDocumentedExample_GivesMidpointsOfCumulativeShares()
    {
        // phe_sii documentation: a first quantile with 12% of the population has relative rank 0.06, a second
        // with 10% has 0.12 + 0.10 / 2 = 0.17.
        var ranks = InequalityIndex.RelativeRanks([12, 10, 78]);

        Assert.Equal(0.06, ranks[0], 1e-12);
        Assert.Equal(0.17, ranks[1], 1e-12);
        Assert.Equal(0.61, ranks[2], 1e-12);
    }

    [Fact]
    public void Calculate_RatesOnAStraightLineOfRank_GivesItsSlopeAndRatio()
    {
        // Rates exactly 10 − 4 × rank: the weighted fit is exact, so SII = −4 and RII = (10 − 4) / 10 = 0.6.
        double[] populations = [500, 1500, 1000, 2000, 800];
        var ranks = InequalityIndex.RelativeRanks(populations);
        var quantiles = populations.Select((p, i) => new QuantileRate(p, 10 - (4 * ranks[i]), null, null)).ToList();

        var estimate = InequalityIndex.Calculate(quantiles);

        Assert.Equal(-4, estimate.Sii.Value!.Value, 1e-9);
        Assert.Equal(0.6, estimate.Rii.Value!.Value, 1e-9);
    }

    [Fact]
    public void Calculate_TenDeciles_MatchesTheIndependentReference()
    {
        // reference/sii_reference.py (weighted-means least squares, Python's own Mersenne Twister):
        // SII −9.560373510582524, RII 0.37299024741269393 (relative 1e-9). The limits are simulated with a
        // different random stream, so they agree to simulation error only: within 2% of the interval's width
        // (a limit's Monte Carlo standard error at 100,000 draws is under 0.5% of the 95% width).
        var estimate = InequalityIndex.Calculate(Deciles());

        RelativeAssert.Equal(-9.560373510582524, estimate.Sii.Value, 1e-9);
        RelativeAssert.Equal(0.37299024741269393, estimate.Rii.Value, 1e-9);
        AssertLimit(-11.827125705818416, -7.309374725544776, estimate.Sii.Lower95, estimate.Sii.Upper95);
        AssertLimit(-13.146401987471782, -6.060341989288085, estimate.Sii.Lower998, estimate.Sii.Upper998);
        AssertLimit(0.2842866718346809, 0.48227916454551556, estimate.Rii.Lower95, estimate.Rii.Upper95);
        AssertLimit(0.23835231712999666, 0.5532543534246273, estimate.Rii.Lower998, estimate.Rii.Upper998);
        Assert.Null(estimate.NotComputedReason);
    }

    [Fact]
    public void Calculate_SameSeed_GivesIdenticalLimits()
    {
        var first = InequalityIndex.Calculate(Deciles(), repetitions: 2_000, seed: 7);
        var second = InequalityIndex.Calculate(Deciles(), repetitions: 2_000, seed: 7);

        Assert.Equal(first.Sii, second.Sii);
        Assert.Equal(first.Rii, second.Rii);
    }

    [Fact]
    public void Calculate_FourQuantiles_IsNotComputedWithTheReason()
    {
        var estimate = InequalityIndex.Calculate(Deciles()[..4]);

        Assert.Null(estimate.Sii.Value);
        Assert.Equal("4 quantiles have population; the slope index of inequality needs at least 5", estimate.NotComputedReason);
    }

    [Fact]
    public void Calculate_QuantileWithoutEvents_GivesTheIndexesWithoutLimits()
    {
        var deciles = Deciles();
        deciles[9] = new QuantileRate(9500, 0, 0, 0.388);

        var estimate = InequalityIndex.Calculate(deciles);

        Assert.NotNull(estimate.Sii.Value);
        Assert.Equal(new LimitedValue(estimate.Sii.Value, null, null, null, null), estimate.Sii);
        Assert.StartsWith("no confidence limits: quantile 10 of 10 has a rate of 0", estimate.NotComputedReason);
    }

    [Fact]
    public void Calculate_FittedRateAtRankZeroBelowZero_GivesTheSlopeButNoRatio()
    {
        // Five equal quantiles (ranks 0.1, 0.3, ..., 0.9) with rates 0, 2, 4, 6, 8 = −1 + 10 × rank: the fit is
        // exact, SII = 10 and the fitted rate at rank 0 is −1, so RII, a ratio to it, is not given.
        var quantiles = new[] { 0.0, 2, 4, 6, 8 }.Select(rate => new QuantileRate(1_000, rate, null, null)).ToList();

        var estimate = InequalityIndex.Calculate(quantiles);

        Assert.Equal(10, estimate.Sii.Value!.Value, 1e-9);
        Assert.Null(estimate.Rii.Value);
    }

    [Theory]
    [InlineData(0.0, 0.388)]
    [InlineData(0.4, 0.4)]
    [InlineData(0.5, 0.3)]
    public void Calculate_QuantileWithUnusableLimits_GivesTheIndexesWithoutLimits(double lower, double upper)
    {
        // A rate above 0 whose lower limit is 0, or whose limits do not enclose a range, has no log-scale error.
        var deciles = Deciles();
        deciles[3] = new QuantileRate(10_000, 0.4, lower, upper);

        var estimate = InequalityIndex.Calculate(deciles, repetitions: 1_000);

        Assert.Equal(new LimitedValue(estimate.Sii.Value, null, null, null, null), estimate.Sii);
        Assert.Equal(new LimitedValue(estimate.Rii.Value, null, null, null, null), estimate.Rii);
        Assert.StartsWith("no confidence limits: quantile 4 of 10 has a rate of 0.4 or no usable 95% limits", estimate.NotComputedReason);
    }

    [Fact]
    public void Calculate_QuantileWithoutLimits_GivesTheIndexesWithoutLimits()
    {
        var deciles = Deciles();
        deciles[0] = new QuantileRate(12_000, 15, null, null);

        var estimate = InequalityIndex.Calculate(deciles, repetitions: 1_000);

        Assert.Null(estimate.Sii.Lower95);
        Assert.StartsWith("no confidence limits: quantile 1 of 10 has a rate of 15", estimate.NotComputedReason);
    }

    [Fact]
    public void Calculate_ThousandRepetitions_IsTheFewestAccepted()
    {
        var estimate = InequalityIndex.Calculate(Deciles(), repetitions: 1_000);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => InequalityIndex.Calculate(Deciles(), repetitions: 999));

        Assert.Equal(1_000, estimate.Repetitions);
        Assert.Equal("OHID slope and relative index of inequality (PHEindicatormethods phe_sii, rate): population-weighted regression on relative rank; limits by simulation, 1000 repetitions, seed 1", estimate.Method);
        Assert.True(estimate.Sii.Lower998 < estimate.Sii.Lower95 && estimate.Sii.Lower95 < estimate.Sii.Value);
        Assert.True(estimate.Sii.Value < estimate.Sii.Upper95 && estimate.Sii.Upper95 < estimate.Sii.Upper998);
        Assert.Equal("repetitions", error.ParamName);
        Assert.StartsWith("The simulation needs at least 1,000 repetitions.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 5, null, null)]
    [InlineData(double.NaN, 5, null, null)]
    [InlineData(double.PositiveInfinity, 5, null, null)]
    [InlineData(1_000, -1, null, null)]
    [InlineData(1_000, double.PositiveInfinity, null, null)]
    [InlineData(1_000, 5, -1.0, 6.0)]
    [InlineData(1_000, 5, 4.0, double.PositiveInfinity)]
    public void Calculate_InvalidQuantile_IsRefusedNamingIt(double population, double rate, double? lower, double? upper)
    {
        var deciles = Deciles();
        deciles[2] = new QuantileRate(population, rate, lower, upper);

        var error = Assert.Throws<ArgumentException>(() => InequalityIndex.Calculate(deciles));

        Assert.Equal("quantiles", error.ParamName);
        Assert.StartsWith("Quantile populations must be above 0 and rates and limits finite and zero or more; got QuantileRate {", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void RelativeRanks_PopulationNotAboveZero_IsRefused(double population)
    {
        var error = Assert.Throws<ArgumentException>(() => InequalityIndex.RelativeRanks([10, population, 20]));

        Assert.Equal("populations", error.ParamName);
        Assert.StartsWith("Every quantile needs a population above 0.", error.Message, StringComparison.Ordinal);
    }

    private static void AssertLimit(double expectedLower, double expectedUpper, double? lower, double? upper)
    {
        var allowed = 0.02 * (expectedUpper - expectedLower);
        Assert.True(Math.Abs(lower!.Value - expectedLower) <= allowed, FormattableString.Invariant($"lower {lower} vs reference {expectedLower} ± {allowed}"));
        Assert.True(Math.Abs(upper!.Value - expectedUpper) <= allowed, FormattableString.Invariant($"upper {upper} vs reference {expectedUpper} ± {allowed}"));
    }
}
