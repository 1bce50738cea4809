using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GeoNeeds.Engine.Stats.Spatial;

namespace GeoNeeds.Engine.Tests.Stats.Spatial;

public class SpatialStatisticsProperties
{
    // Values for a 4 × 4 grid: integers 0..50, at least two different.
    private static readonly Arbitrary<double[]> GridValues = Gen.Choose(0, 50).Select(v => (double)v).ArrayOf(16)
        .Where(values => values.Distinct().Count() > 1).ToArbitrary();

    [Property(MaxTest = 50)]
    public Property GlobalMoran_RescaledValues_SameI() => Prop.ForAll(GridValues, values =>
    {
        // I is a ratio of cross-products of deviations, so a linear rescaling a·x + b (a > 0) leaves it unchanged.
        var original = GlobalMoran.Calculate(Lattice.Queen(4, 4), values, permutations: 1);
        var rescaled = GlobalMoran.Calculate(Lattice.Queen(4, 4), [.. values.Select(v => (3.5 * v) + 100)], permutations: 1);
        return Math.Abs(original.I - rescaled.I) < 1e-9;
    });

    [Property(MaxTest = 50)]
    public Property LocalMoran_NoIslands_MeanOfLocalIsTheGlobalI() => Prop.ForAll(GridValues, values =>
    {
        // Anselin (1995): the local statistics sum to the global one up to a constant; with row-standardised weights
        // and no islands S0 = n, so their mean is exactly Moran's I.
        var local = LocalMoran.Calculate(Lattice.Rook(4, 4), values, permutations: 1);
        var global = GlobalMoran.Calculate(Lattice.Rook(4, 4), values, permutations: 1);
        return Math.Abs(local.Average(result => result.I!.Value) - global.I) < 1e-9;
    });

    [Property(MaxTest = 50)]
    public Property GetisOrdGiStar_NegatedValues_NegatedZ() => Prop.ForAll(GridValues, values =>
    {
        var original = GetisOrdGiStar.Calculate(Lattice.Queen(4, 4), values);
        var negated = GetisOrdGiStar.Calculate(Lattice.Queen(4, 4), [.. values.Select(v => -v)]);
        return original.Zip(negated).All(pair => Math.Abs(pair.First.Z!.Value + pair.Second.Z!.Value) < 1e-9);
    });
}
