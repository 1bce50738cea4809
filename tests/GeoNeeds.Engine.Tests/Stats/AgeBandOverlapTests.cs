using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class AgeBandOverlapTests
{
    [Theory]
    [InlineData("30", "25-34", 1.0)]
    [InlineData("15-19", "16+", 0.8)]
    [InlineData("15-19", "20-24", 0.0)]
    [InlineData("90+", "75+", 1.0)]
    [InlineData("90+", "16-74", 0.0)]
    [InlineData("10-19", "12-13", 0.2)]
    public void Share_OfABandWithinAnother_IsTheYearsInCommonOverTheBandsYears(string band, string within, double share)
    {
        Assert.Equal(share, AgeBandOverlap.Share(AgeBand.Parse(band), AgeBand.Parse(within))!.Value, 12);
    }

    [Fact]
    public void Share_OpenBandCutAcross_IsUnknown()
    {
        Assert.Null(AgeBandOverlap.Share(AgeBand.Parse("85+"), AgeBand.Parse("75-89")));
    }

    [Theory]
    [InlineData("16-19", "18+", "18-19")]
    [InlineData("75+", "16+", "75+")]
    [InlineData("20-24", "25-34", null)]
    public void Common_TwoBands_AreTheirSharedAges(string first, string second, string? common)
    {
        Assert.Equal(common, AgeBandOverlap.Common(AgeBand.Parse(first), AgeBand.Parse(second))?.ToString());
    }
}
