using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class PoissonLimitsTests
{
    // Every expected limit below was printed by reference/poisson_limits_reference.py (pure Python 3, no
    // numpy/scipy, kept beside this file): exact limits by bisection on the Poisson CDF summed term by term, Byar's
    // formula typed by hand with z from bisection on math.erf (z95 = 1.9599639845400545, z99.8 = 3.090232306167821).
    // It shares no code or library with the implementation (MathNet chi-squared and normal quantiles). Fractional
    // counts below 10 (apportioned counts) come from its incomplete-gamma form of the same two equations: a count
    // rounded or truncated inside the method fails them.
    // Byar for a count of 1 at 99.8% has its own test: the formula goes negative there and is floored at 0.
    private const double Tolerance = 1e-6;

    [Theory]
    [InlineData(PoissonLimits.ExactMethod, 0, 0.95, 0.0, 3.688879454113935)]
    [InlineData(PoissonLimits.ExactMethod, 1, 0.95, 0.025317807984289953, 5.571643390938897)]
    [InlineData(PoissonLimits.ExactMethod, 9, 0.95, 4.115373097378328, 17.08480345141917)]
    [InlineData(PoissonLimits.ExactMethod, 10, 0.95, 4.795388696132445, 18.39035604201778)]
    [InlineData(PoissonLimits.ExactMethod, 82, 0.95, 65.21703346790517, 101.78362113606826)]
    [InlineData(PoissonLimits.ExactMethod, 750, 0.95, 697.2775152674537, 805.6523851899369)]
    [InlineData(PoissonLimits.ExactMethod, 10000, 0.95, 9804.952467254603, 10197.9516246614)]
    [InlineData(PoissonLimits.ExactMethod, 0, 0.998, 0.0, 6.907755278982137)]
    [InlineData(PoissonLimits.ExactMethod, 1, 0.998, 0.0010005003335835897, 9.233413476451585)]
    [InlineData(PoissonLimits.ExactMethod, 9, 0.998, 2.4524244043638355, 22.657373309062933)]
    [InlineData(PoissonLimits.ExactMethod, 10, 0.998, 2.9605203727438596, 24.13397114541759)]
    [InlineData(PoissonLimits.ExactMethod, 82, 0.998, 56.83723224873289, 114.02268193938912)]
    [InlineData(PoissonLimits.ExactMethod, 750, 0.998, 668.2118116445765, 838.5432066616627)]
    [InlineData(PoissonLimits.ExactMethod, 10000, 0.998, 9693.824385820051, 10312.890675209412)]
    [InlineData(PoissonLimits.ExactMethod, 0.5, 0.95, 0.0004910345585876291, 4.674201802248069)]
    [InlineData(PoissonLimits.ExactMethod, 2.5, 0.95, 0.41560580674333136, 8.006382137314745)]
    [InlineData(PoissonLimits.ExactMethod, 9.5, 0.95, 4.453258240993987, 17.73943795286373)]
    [InlineData(PoissonLimits.ExactMethod, 0.5, 0.998, 7.853985746312467e-07, 8.13311809811906)]
    [InlineData(PoissonLimits.ExactMethod, 2.5, 0.998, 0.1051063013146096, 12.160943173929159)]
    [InlineData(PoissonLimits.ExactMethod, 9.5, 0.998, 2.703408008800899, 23.39851902077885)]
    [InlineData(PoissonLimits.ByarMethod, 0, 0.95, 0.0, 3.6680118321737543)]
    [InlineData(PoissonLimits.ByarMethod, 1, 0.95, 0.013072132901504295, 5.563755582475263)]
    [InlineData(PoissonLimits.ByarMethod, 9, 0.95, 4.106885024013133, 17.085780688536694)]
    [InlineData(PoissonLimits.ByarMethod, 10, 0.95, 4.787449913967563, 18.391458605756473)]
    [InlineData(PoissonLimits.ByarMethod, 82, 0.95, 65.2149116580967, 101.78483940118893)]
    [InlineData(PoissonLimits.ByarMethod, 750, 0.95, 697.2769086836789, 805.6528925119138)]
    [InlineData(PoissonLimits.ByarMethod, 10000, 0.95, 9804.952310850305, 10197.951773636616)]
    [InlineData(PoissonLimits.ByarMethod, 0, 0.998, 0.0, 7.0664625268290555)]
    [InlineData(PoissonLimits.ByarMethod, 9, 0.998, 2.407116712701028, 22.720014767065138)]
    [InlineData(PoissonLimits.ByarMethod, 10, 0.998, 2.9163183746956745, 24.193724927880588)]
    [InlineData(PoissonLimits.ByarMethod, 82, 0.998, 56.81782499510662, 114.04402890448158)]
    [InlineData(PoissonLimits.ByarMethod, 750, 0.998, 668.2050897334099, 838.5501478833515)]
    [InlineData(PoissonLimits.ByarMethod, 10000, 0.998, 9693.822520363648, 10312.892557352468)]
    public void Limits_CountAndConfidence_MatchIndependentReference(string method, double count, double confidence, double lower, double upper)
    {
        var limits = method == PoissonLimits.ExactMethod ? PoissonLimits.Exact(count, confidence) : PoissonLimits.Byar(count, confidence);

        RelativeAssert.Equal(lower, limits.Lower, Tolerance);
        RelativeAssert.Equal(upper, limits.Upper, Tolerance);
    }

    [Fact]
    public void Byar_CountOfOneAt998_FloorsTheNegativeLowerLimitAtZero()
    {
        // The reference script gives lower = -0.002814481523183366 and upper = 9.362180217908392 for O = 1 at 99.8%.
        var limits = PoissonLimits.Byar(1, 0.998);

        Assert.Equal(0.0, limits.Lower);
        RelativeAssert.Equal(9.362180217908392, limits.Upper, Tolerance);
    }

    [Fact]
    public void ForRate_CountNine_UsesExactPoisson()
    {
        var limits = PoissonLimits.ForRate(9, 0.95, out var method);

        Assert.Equal(PoissonLimits.ExactMethod, method);
        Assert.Equal(PoissonLimits.Exact(9, 0.95), limits);
    }

    [Fact]
    public void ForRate_CountTen_UsesByar()
    {
        var limits = PoissonLimits.ForRate(10, 0.95, out var method);

        Assert.Equal(PoissonLimits.ByarMethod, method);
        Assert.Equal(PoissonLimits.Byar(10, 0.95), limits);
    }

    [Fact]
    public void ForRate_FractionalCountJustBelowTen_UsesExactPoisson()
    {
        // Apportioned counts need not be whole; the switch is "count < 10", not "count <= 9".
        var limits = PoissonLimits.ForRate(9.999, 0.95, out var method);

        Assert.Equal(PoissonLimits.ExactMethod, method);
        Assert.Equal(PoissonLimits.Exact(9.999, 0.95), limits);
    }

    [Fact]
    public void ForRate_FractionalCountBelowTen_GivesTheExactLimitsOfThatCount()
    {
        // Reference script, incomplete-gamma form: O = 2.5 at 95% gives 0.41560580674333136 and 8.006382137314745.
        var limits = PoissonLimits.ForRate(2.5, 0.95, out _);

        RelativeAssert.Equal(0.41560580674333136, limits.Lower, Tolerance);
        RelativeAssert.Equal(8.006382137314745, limits.Upper, Tolerance);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Exact_InvalidCount_ThrowsArgumentOutOfRange(double count)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PoissonLimits.Exact(count, 0.95));

        Assert.Equal("count", error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(95)]
    [InlineData(double.NaN)]
    public void Byar_ConfidenceNotAFraction_ThrowsArgumentOutOfRange(double confidence)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PoissonLimits.Byar(5, confidence));

        Assert.Equal("confidence", error.ParamName);
        Assert.StartsWith("Confidence must be a fraction strictly between 0 and 1", error.Message);
    }
}
