using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class AgeBandTests
{
    [Theory]
    [InlineData("16-19", 16, 19)]
    [InlineData(" 16 - 19 ", 16, 19)]
    [InlineData("45", 45, 45)]
    [InlineData("0", 0, 0)]
    [InlineData("90+", 90, null)]
    public void Parse_SingleYearBandOrOpenBand_GivesItsAges(string text, int from, int? to)
    {
        Assert.Equal(new AgeBand(from, to), AgeBand.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("adults")]
    [InlineData("19-16")]
    [InlineData("-5")]
    [InlineData("16-")]
    [InlineData("90++")]
    public void Parse_NotAnAgeBand_ThrowsFormatExceptionQuotingTheText(string text)
    {
        var error = Assert.Throws<FormatException>(() => AgeBand.Parse(text));

        Assert.Equal($"'{text}' is not an age or age band (45, 16-19 or 90+)", error.Message);
    }

    [Fact]
    public void Constructor_BandEndingBeforeItStarts_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AgeBand(19, 16));
    }

    [Theory]
    [InlineData(15, false)]
    [InlineData(16, true)]
    [InlineData(19, true)]
    [InlineData(20, false)]
    public void Contains_ClosedBand_IncludesBothEnds(int age, bool expected)
    {
        Assert.Equal(expected, new AgeBand(16, 19).Contains(age));
    }

    [Fact]
    public void Contains_OpenBand_IncludesEveryLaterAge()
    {
        Assert.True(new AgeBand(90, null).Contains(105));
        Assert.False(new AgeBand(90, null).Contains(89));
    }

    [Property]
    public Property ToString_ThenParse_GivesTheSameBand() =>
        Prop.ForAll(Gen.Choose(0, 100).SelectMany(from => Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(from, 110).Select(to => (int?)to)),
                (from, to) => new AgeBand(from, to)).ToArbitrary(),
            band => AgeBand.Parse(band.ToString()) == band);

    [Fact]
    public void TryParse_RangeOfOneAge_IsThatAge()
    {
        Assert.True(AgeBand.TryParse("16-16", out var band));
        Assert.Equal(new AgeBand(16, 16), band);
        Assert.Equal("16", band.ToString());
    }

    [Fact]
    public void Parse_NotABand_SaysWhatABandLooksLike()
    {
        var error = Assert.Throws<FormatException>(() => AgeBand.Parse("adults"));

        Assert.Equal("'adults' is not an age or age band (45, 16-19 or 90+)", error.Message);
    }
}
