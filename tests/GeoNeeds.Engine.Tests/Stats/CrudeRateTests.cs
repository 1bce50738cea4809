using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class CrudeRateTests
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void Calculate_82EventsIn12345People_GivesRatePer100000WithByarLimits()
    {
        // 82 / 12,345 × 100,000 = 664.2365330093155. The limits are the Byar count limits for 82 printed by
        // reference/poisson_limits_reference.py (95%: 65.2149116580967, 101.78483940118893; 99.8%:
        // 56.81782499510662, 114.04402890448158), each × 100,000 / 12,345 in Python. Relative tolerance 1e-6.
        var rate = CrudeRate.Calculate(82, 12_345, 100_000);

        RelativeAssert.Equal(664.2365330093155, rate.Value, Tolerance);
        RelativeAssert.Equal(528.2698392717432, rate.Lower95, Tolerance);
        RelativeAssert.Equal(824.5025467897038, rate.Upper95, Tolerance);
        RelativeAssert.Equal(460.2496961936543, rate.Lower998, Tolerance);
        RelativeAssert.Equal(923.8074435356953, rate.Upper998, Tolerance);
        Assert.Equal(PoissonLimits.ByarMethod, rate.Method);
        Assert.Null(rate.NotComputedReason);
    }

    [Fact]
    public void Calculate_ZeroEvents_GivesZeroRateWithExactUpperLimit()
    {
        // Exact upper limit for a count of 0 at 95% is -ln(0.025) = 3.688879454113935 events (reference script);
        // per 1,000 of 2,000 people that is 1.8444397270569675.
        var rate = CrudeRate.Calculate(0, 2_000, 1_000);

        Assert.Equal(0.0, rate.Value);
        Assert.Equal(0.0, rate.Lower95);
        RelativeAssert.Equal(1.8444397270569675, rate.Upper95, Tolerance);
        Assert.Equal(PoissonLimits.ExactMethod, rate.Method);
    }

    [Fact]
    public void Calculate_ZeroPopulation_IsNotComputedWithReason()
    {
        var rate = CrudeRate.Calculate(3, 0, 1_000);

        Assert.Equal(new RateEstimate(3, 0, 1_000, null, null, null, null, null, "", RateEstimate.ZeroPopulation), rate);
        Assert.False(rate.IsComputed);
    }

    [Fact]
    public void Calculate_MissingPopulation_IsNotComputedWithReason()
    {
        var rate = CrudeRate.Calculate(3, null, 1_000);

        Assert.Null(rate.Value);
        Assert.Equal("", rate.Method);
        Assert.Equal("missing population", rate.NotComputedReason);
    }

    [Fact]
    public void Calculate_NegativePopulation_IsNotComputedWithReason()
    {
        var rate = CrudeRate.Calculate(3, -5, 1_000);

        Assert.Null(rate.Upper998);
        Assert.Equal("negative population", rate.NotComputedReason);
    }

    [Fact]
    public void Calculate_NaNPopulation_IsTreatedAsMissing()
    {
        var rate = CrudeRate.Calculate(3, double.NaN, 1_000);

        Assert.Null(rate.Lower95);
        Assert.Equal(RateEstimate.MissingPopulation, rate.NotComputedReason);
    }

    [Fact]
    public void Calculate_NegativeCount_ThrowsEvenWithoutPopulation()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CrudeRate.Calculate(-1, null, 1_000));

        Assert.Equal("count", error.ParamName);
    }

    [Fact]
    public void Calculate_ZeroMultiplier_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CrudeRate.Calculate(5, 100, 0));

        Assert.Equal("multiplier", error.ParamName);
    }

    [SkippableFact]
    public void Calculate_CoventryRecordedIncidentsPerThousandResidents_Gives24Point98()
    {
        // Denominator: Coventry (E08000026) mid-2019 all-ages persons from the ONS MYE2 extract in shared data,
        // 371,521 (= 188,744 males + 182,777 females per the shared data README). Numerator: the 9,280 recorded
        // DA incidents the README quotes for Coventry. Expected values from reference/poisson_limits_reference.py
        // byar_limits(9280, ...) × 1,000 / 371,521 in Python; relative tolerance 1e-6.
        var path = SharedData.Require("population/mye2019_la_syoa_by_sex_WM_Leics.csv");
        var persons = File.ReadLines(path)
            .Select(line => line.Split(','))
            .Single(fields => fields[0] == "E08000026" && fields[3] == "Persons");
        var population = double.Parse(persons[4], System.Globalization.CultureInfo.InvariantCulture);

        var rate = CrudeRate.Calculate(9_280, population, 1_000);

        Assert.Equal(371_521, population);
        RelativeAssert.Equal(24.97839960594421, rate.Value, Tolerance);
        RelativeAssert.Equal(24.472748605349352, rate.Lower95, Tolerance);
        RelativeAssert.Equal(25.49186835008176, rate.Upper95, Tolerance);
        RelativeAssert.Equal(24.184783625104963, rate.Lower998, Tolerance);
        RelativeAssert.Equal(25.790091714204824, rate.Upper998, Tolerance);
    }

    [Property]
    public Property Calculate_AnyMultiplier_ScalesRateAndLimitsLinearly()
    {
        // Half the counts below 10 (exact limits), half from 10 to 5,000 (Byar's approximation).
        var cases = Gen.OneOf(Gen.Choose(0, 9), Gen.Choose(10, 5_000)).SelectMany(
            count => Gen.Choose(1, 1_000_000),
            (count, population) => (Count: (double)count, Population: (double)population)).ToArbitrary();
        return Prop.ForAll(cases, c =>
        {
            var perThousand = CrudeRate.Calculate(c.Count, c.Population, 1_000);
            var perHundredThousand = CrudeRate.Calculate(c.Count, c.Population, 100_000);
            return ScaledBy100(perThousand.Value, perHundredThousand.Value)
                && ScaledBy100(perThousand.Lower95, perHundredThousand.Lower95)
                && ScaledBy100(perThousand.Upper95, perHundredThousand.Upper95)
                && ScaledBy100(perThousand.Lower998, perHundredThousand.Lower998)
                && ScaledBy100(perThousand.Upper998, perHundredThousand.Upper998);
        });
    }

    private static bool ScaledBy100(double? small, double? large) => Math.Abs((small!.Value * 100) - large!.Value) <= 1e-12 * large.Value;
}
