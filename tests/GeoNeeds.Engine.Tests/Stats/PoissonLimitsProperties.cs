using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class PoissonLimitsProperties
{
    // Counts in steps of 0.01, so whole and apportioned (fractional) counts are both covered: half of them below 10
    // (exact limits), a quarter from 10 to 100 and a quarter up to 100,000 (Byar's approximation).
    private static readonly Arbitrary<double> Counts = Gen.Frequency(
            (2, Gen.Choose(0, 999)), (1, Gen.Choose(1_000, 10_000)), (1, Gen.Choose(10_000, 10_000_000)))
        .Select(hundredths => hundredths / 100.0).ToArbitrary();

    [Property]
    public Property ForRate_AnyCount_LimitsEncloseTheCount() => Prop.ForAll(Counts, count =>
    {
        var limits = PoissonLimits.ForRate(count, CrudeRate.Confidence95, out _);
        return limits.Lower >= 0 && limits.Lower <= count && count <= limits.Upper;
    });

    [Property]
    public Property ForRate_AnyCount_LimitsWidenFrom95To998() => Prop.ForAll(Counts, count =>
    {
        var inner = PoissonLimits.ForRate(count, CrudeRate.Confidence95, out _);
        var outer = PoissonLimits.ForRate(count, CrudeRate.Confidence998, out _);

        // Below a count of about 0.1 both lower limits are far under 1e-9 events, where the chi-squared quantile's
        // root finder, not the method, decides their order; a billionth of an event is no width worth asserting.
        return outer.Lower <= inner.Lower + 1e-9 && inner.Upper < outer.Upper;
    });

    [Property]
    public Property Byar_CountTenOrMore_WithinOnePercentOfExact() => Prop.ForAll(Counts, count =>
    {
        // Byar's approximation tracks the exact limits closely once the count is 10 or more (Breslow & Day 1987);
        // a gross divergence would mean one of the two methods is wrong.
        var exact = PoissonLimits.Exact(count, CrudeRate.Confidence95);
        var byar = PoissonLimits.Byar(count, CrudeRate.Confidence95);
        return count < PoissonLimits.ByarFromCount
            || (Math.Abs(byar.Lower - exact.Lower) <= 0.01 * exact.Lower && Math.Abs(byar.Upper - exact.Upper) <= 0.01 * exact.Upper);
    });
}
