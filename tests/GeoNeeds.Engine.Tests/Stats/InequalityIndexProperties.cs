using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class InequalityIndexProperties
{
    // 5 to 10 quantiles of 100 to 100,000 people.
    private static readonly Arbitrary<double[]> Populations =
        Gen.Choose(5, 10).SelectMany(n => Gen.Choose(100, 100_000).Select(p => (double)p).ArrayOf(n)).ToArbitrary();

    [Property(MaxTest = 50)]
    public Property Calculate_EqualRatesInEveryQuantile_HasNoInequality() => Prop.ForAll(Populations, populations =>
    {
        // The same rate everywhere: the fitted line is flat whatever the populations, SII 0 and RII 1.
        var estimate = InequalityIndex.Calculate([.. populations.Select(p => new QuantileRate(p, 7.5, null, null))]);
        return Math.Abs(estimate.Sii.Value!.Value) < 1e-9 && Math.Abs(estimate.Rii.Value!.Value - 1) < 1e-9;
    });

    [Property(MaxTest = 50)]
    public Property RelativeRanks_AnyPopulations_RiseWithinZeroToOne() => Prop.ForAll(Populations, populations =>
    {
        var ranks = InequalityIndex.RelativeRanks(populations);
        return ranks.Zip(ranks.Skip(1)).All(pair => pair.First < pair.Second) && ranks[0] > 0 && ranks[^1] < 1;
    });
}
