using System.Globalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace GeoNeeds.Engine.Stats;

/// <summary>
/// The slope index of inequality (SII) and relative index of inequality (RII) of a rate across deprivation
/// quantiles, by the method OHID publishes them with (PHEindicatormethods <c>phe_sii</c>, value type "rate";
/// Low and Low 2004, "Measuring the gap: quantifying and comparing local health inequalities", <i>Journal of
/// Public Health</i> 26:388).
/// </summary>
public static class InequalityIndex
{
    /// <summary>Simulations for the limits, as <c>phe_sii</c>'s default.</summary>
    public const int DefaultRepetitions = 100_000;

    /// <summary>The fixed seed of the simulation, so the same table always gives the same limits.</summary>
    public const int DefaultSeed = 1;

    /// <summary>The fewest quantiles <c>phe_sii</c> accepts.</summary>
    public const int MinimumQuantiles = 5;

    /// <summary>
    /// Each quantile's relative rank: the midpoint of its share of the cumulative population, quantiles in order
    /// (12% of people in the first and 10% in the second give 0.06 and 0.17; PHEindicatormethods
    /// <c>FindXValues</c>).
    /// </summary>
    /// <exception cref="ArgumentException">A population is not above 0 and finite.</exception>
    public static double[] RelativeRanks(IReadOnlyList<double> populations)
    {
        if (populations.Any(p => !(p > 0 && double.IsFinite(p))))
        {
            throw new ArgumentException("Every quantile needs a population above 0.", nameof(populations));
        }

        var total = populations.Sum();
        var ranks = new double[populations.Count];
        var before = 0.0;
        for (var i = 0; i < ranks.Length; i++)
        {
            var share = populations[i] / total;
            ranks[i] = before + (share / 2);
            before += share;
        }

        return ranks;
    }

    /// <summary>
    /// SII and RII of rates in quantiles ordered from most to least deprived (IMD decile 1 first), as
    /// <c>phe_sii(value_type = 1, rii = TRUE)</c>: the rate Y of each quantile is regressed on its relative rank
    /// b by least squares weighted by its population share a (the model Y√a = β₀√a + β₁b√a); SII = β₁, the
    /// difference between the fitted rates at ranks 1 and 0, and RII = (β₀ + β₁) ÷ β₀. Limits at 95% and 99.8% by
    /// <c>phe_sii</c>'s simulation: each quantile's rate is drawn <paramref name="repetitions"/> times from a
    /// log-normal distribution whose standard error on the log scale is (ln upper − ln lower) ÷ (2 × 1.95996)
    /// from its 95% limits, the regression is refitted on each draw, and the limits are the order statistics
    /// at positions round(repetitions × α/2) and round(repetitions × (1 − α/2)).
    /// </summary>
    /// <remarks>
    /// Fewer than 5 quantiles give no indexes (<c>phe_sii</c> refuses them). A quantile with a rate of 0 or
    /// without limits leaves the limits null, with the reason, because its log-scale standard error is undefined;
    /// the indexes themselves are still given. RII is null when the fitted rate at rank 0 is not above 0.
    /// The simulation uses a Mersenne Twister seeded with <paramref name="seed"/>, so it is reproducible, but its
    /// draws differ from R's: limits agree with <c>phe_sii</c>'s to simulation error, as its own tests allow.
    /// </remarks>
    /// <exception cref="ArgumentException">A population is not above 0, or a rate or limit is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 1,000 repetitions.</exception>
    public static InequalityEstimate Calculate(IReadOnlyList<QuantileRate> quantiles, int repetitions = DefaultRepetitions, int seed = DefaultSeed)
    {
        if (repetitions < 1_000)
        {
            throw new ArgumentOutOfRangeException(nameof(repetitions), repetitions, "The simulation needs at least 1,000 repetitions.");
        }

        RequireRates(quantiles);
        var method = $"OHID slope and relative index of inequality (PHEindicatormethods phe_sii, rate): population-weighted regression on relative rank; limits by simulation, {repetitions} repetitions, seed {seed}";
        var missing = new LimitedValue(null, null, null, null, null);
        if (quantiles.Count < MinimumQuantiles)
        {
            return new InequalityEstimate(missing, missing, [], repetitions, seed, method,
                $"{quantiles.Count} quantiles have population; the slope index of inequality needs at least {MinimumQuantiles}");
        }

        var ranks = RelativeRanks([.. quantiles.Select(q => q.Population)]);
        var regression = new WeightedRankRegression(quantiles.Select(q => q.Population).ToArray(), ranks);
        var (intercept, slope) = regression.Fit(quantiles.Select(q => q.Rate).ToArray());
        double? rii = intercept > 0 ? (intercept + slope) / intercept : null;

        var unusable = quantiles.Select((q, index) => (q, index)).FirstOrDefault(pair => !(pair.q.Rate > 0 && pair.q.Lower95 > 0 && pair.q.Upper95 > pair.q.Lower95));
        if (unusable.q is not null)
        {
            var reason = $"no confidence limits: quantile {unusable.index + 1} of {quantiles.Count} has a rate of {unusable.q.Rate.ToString(CultureInfo.InvariantCulture)} or no usable 95% limits, so its log-scale standard error is undefined";
            return new InequalityEstimate(new LimitedValue(slope, null, null, null, null), new LimitedValue(rii, null, null, null, null), ranks, repetitions, seed, method, reason);
        }

        var (siis, riis) = Simulate(quantiles, regression, repetitions, seed);
        return new InequalityEstimate(WithLimits(slope, siis), WithLimits(rii, riis), ranks, repetitions, seed, method, null);
    }

    private static (double[] Siis, double[] Riis) Simulate(IReadOnlyList<QuantileRate> quantiles, WeightedRankRegression regression, int repetitions, int seed)
    {
        var z = Normal.InvCDF(0, 1, 0.975);
        var logRates = quantiles.Select(q => Math.Log(q.Rate)).ToArray();
        var logErrors = quantiles.Select(q => (Math.Log(q.Upper95!.Value) - Math.Log(q.Lower95!.Value)) / z / 2).ToArray();
        var random = new MersenneTwister(seed, threadSafe: false);
        var draw = new double[quantiles.Count];
        var siis = new double[repetitions];
        var riis = new double[repetitions];
        for (var repetition = 0; repetition < repetitions; repetition++)
        {
            for (var i = 0; i < draw.Length; i++)
            {
                draw[i] = Math.Exp(Normal.Sample(random, logRates[i], logErrors[i]));
            }

            var (intercept, slope) = regression.Fit(draw);
            siis[repetition] = slope;
            riis[repetition] = (intercept + slope) / intercept;
        }

        Array.Sort(siis);
        Array.Sort(riis);
        return (siis, riis);
    }

    private static LimitedValue WithLimits(double? value, double[] sorted) => new(
        value,
        OrderStatistic(sorted, 0.95, lower: true),
        OrderStatistic(sorted, 0.95, lower: false),
        OrderStatistic(sorted, 0.998, lower: true),
        OrderStatistic(sorted, 0.998, lower: false));

    /// <summary>
    /// <c>phe_sii</c>'s limit: the simulated value at 1-based position round(n × (1 − c)) for the lower limit and
    /// round(n × c) for the upper, c = confidence + (1 − confidence) ÷ 2, rounding halves to even as R does.
    /// </summary>
    private static double? OrderStatistic(double[] sorted, double confidence, bool lower)
    {
        var critical = confidence + ((1 - confidence) / 2);
        var position = (int)Math.Round(sorted.Length * (lower ? 1 - critical : critical), MidpointRounding.ToEven);
        var value = sorted[Math.Clamp(position, 1, sorted.Length) - 1];
        return double.IsFinite(value) ? value : null;
    }

    private static void RequireRates(IReadOnlyList<QuantileRate> quantiles)
    {
        foreach (var q in quantiles)
        {
            var limits = new[] { q.Lower95, q.Upper95 }.Where(l => l is not null).Select(l => l!.Value);
            if (!(q.Population > 0 && double.IsFinite(q.Population)) || !double.IsFinite(q.Rate) || q.Rate < 0
                || limits.Any(l => !double.IsFinite(l) || l < 0))
            {
                throw new ArgumentException($"Quantile populations must be above 0 and rates and limits finite and zero or more; got {q}.", nameof(quantiles));
            }
        }
    }
}
