using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class AdultWomenTests
{
    private static readonly PopulationCount[] Area =
    [
        new("X1", 'F', new AgeBand(15, 19), 500),
        new("X1", 'F', new AgeBand(20, 29), 1000),
        new("X1", 'F', new AgeBand(90, null), 50),
        new("X1", 'M', new AgeBand(20, 29), 900),
    ];

    [Fact]
    public void Count_SixteenAndOver_CountsFourFifthsOfTheFifteenToNineteenBand()
    {
        // By hand: 500 × 4/5 + 1,000 + 50 = 1,450 (men left out).
        Assert.Equal(1450, AdultWomen.Count(Area), 9);
    }

    [Fact]
    public void Count_EighteenAndOver_CountsTwoFifthsOfTheFifteenToNineteenBand()
    {
        // By hand: 500 × 2/5 + 1,000 + 50 = 1,250.
        Assert.Equal(1250, AdultWomen.Count(Area, AdultWomen.EighteenAndOver), 9);
    }

    [Fact]
    public void Count_BandsBelowEndingAtAndStartingAtTheAdultAge_CountNoneOneYearAndAll()
    {
        // By hand, at 16: 0-4 none, 10-16 one year of seven (700 / 7 = 100), the open 16+ all 50.
        PopulationCount[] bands =
        [
            new("X1", 'F', new AgeBand(0, 4), 300),
            new("X1", 'F', new AgeBand(10, 16), 700),
            new("X1", 'F', new AgeBand(16, null), 50),
        ];

        Assert.Equal(150, AdultWomen.Count(bands), 9);
    }

    [Fact]
    public void Count_OpenBandStartingBelowTheAdultAge_IsRefused()
    {
        PopulationCount[] open = [new("X1", 'F', new AgeBand(0, null), 100)];

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AdultWomen.Count(open));

        Assert.StartsWith("The open age band '0+' mixes ages below and above 16", error.Message, StringComparison.Ordinal);
    }
}
