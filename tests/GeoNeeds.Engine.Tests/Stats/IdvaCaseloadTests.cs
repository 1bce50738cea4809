using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class IdvaCaseloadTests
{
    [Fact]
    public void Compare_CoventrysExpectedCases_GiveTheFteItsNeedsAssessmentPrints()
    {
        // Coventry's domestic abuse needs assessment: 577 expected MARAC cases a year at SafeLives' 100 cases per
        // IDVA = 5.77 FTE.
        var result = IdvaCaseload.Compare(cases: 577, fte: 4);

        Assert.Equal(5.77, result.RecommendedFte, 12);
        Assert.Equal(1.77, result.Gap, 12);
    }

    [Fact]
    public void Compare_GapPercent_IsTheGapOverTheRecommendedFte()
    {
        // By hand: 240 cases need 2.4 FTE; 1.8 in post leaves 0.6, a quarter of 2.4.
        Assert.Equal(25, IdvaCaseload.Compare(cases: 240, fte: 1.8).GapPercent!.Value, 9);
    }

    [Fact]
    public void Compare_MoreIdvasThanTheCasesNeed_GivesNegativeGap()
    {
        Assert.Equal(-0.5, IdvaCaseload.Compare(cases: 150, fte: 2).Gap, 12);
    }

    [Fact]
    public void Compare_NoCases_RecommendsNothingAndHasNoGapPercent()
    {
        var result = IdvaCaseload.Compare(cases: 0, fte: 1);

        Assert.Equal(0, result.RecommendedFte);
        Assert.Null(result.GapPercent);
    }

    [Theory]
    [InlineData(-1, 1, 100, "cases")]
    [InlineData(10, double.NaN, 100, "fte")]
    [InlineData(10, 1, 0, "casesPerIdva")]
    public void Compare_ImpossibleInput_IsRefusedNamingIt(double cases, double fte, double casesPerIdva, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => IdvaCaseload.Compare(cases, fte, casesPerIdva));

        Assert.Equal(name, error.ParamName);
    }
}
