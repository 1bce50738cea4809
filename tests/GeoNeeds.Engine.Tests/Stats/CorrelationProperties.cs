using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class CorrelationProperties
{
    // 3 to 40 pairs of values from -1,000 to 1,000 in steps of 0.5, so ties are common.
    private static readonly Arbitrary<(double[] X, double[] Y)> Pairs =
        Gen.Choose(3, 40).SelectMany(n =>
            Gen.Choose(-2_000, 2_000).Select(v => v / 2.0).ArrayOf(n).SelectMany(x =>
                Gen.Choose(-2_000, 2_000).Select(v => v / 2.0).ArrayOf(n).Select(y => (x, y))))
        .ToArbitrary();

    [Property]
    public Property Summarise_AnyPairs_CoefficientsLieBetweenMinusOneAndOne() => Prop.ForAll(Pairs, pairs =>
    {
        var s = Correlation.Summarise(pairs.X, pairs.Y);
        return new[] { s.PearsonR, s.SpearmanRho }.All(r => r is null || (r >= -1 && r <= 1))
            && new[] { s.PearsonP, s.SpearmanP }.All(p => p is null || (p >= 0 && p <= 1));
    });

    [Property]
    public Property Spearman_IncreasingTransformOfX_LeavesRhoUnchanged() => Prop.ForAll(Pairs, pairs =>
    {
        // Rank correlation depends only on order: x ↦ x³ + 5x keeps the order, so ρ must not move.
        var transformed = pairs.X.Select(v => (v * v * v) + (5 * v)).ToArray();
        var before = Correlation.Spearman(pairs.X, pairs.Y);
        var after = Correlation.Spearman(transformed, pairs.Y);
        return before is null ? after is null : Math.Abs(before.Value - after!.Value) < 1e-12;
    });

    [Property]
    public Property Pearson_SwappingXAndY_GivesTheSameR() => Prop.ForAll(Pairs, pairs =>
        Correlation.Pearson(pairs.X, pairs.Y) is not { } r || Math.Abs(r - Correlation.Pearson(pairs.Y, pairs.X)!.Value) < 1e-12);
}
