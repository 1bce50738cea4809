using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class ExpectedPrevalenceTests
{
    private static readonly PrevalenceSurvey Csew2021 = SurveyTable.Load("csew-2021");

    [Fact]
    public void ForAreas_Csew2021OnASmallTable_GivesHandComputedNumbers()
    {
        // By hand with the CSEW 2021 percentages (../shared/data/README.md):
        // men   16-19: 1,000 × 5.3% = 53;   age 30 (25-34): 500 × 4.2% = 21                      → 74
        // women 16-19: 1,000 × 14.0% = 140; age 30: 500 × 7.7% = 38.5; 60-74: 2,000 × 4.4% = 88 → 266.5
        // in range 5,000 people; ages 10 and 80 (400 people) are outside 16-74 and not counted.
        PopulationCount[] counts =
        [
            new("X05000001", 'M', AgeBand.Parse("16-19"), 1_000),
            new("X05000001", 'F', AgeBand.Parse("16-19"), 1_000),
            new("X05000001", 'M', AgeBand.Parse("30"), 500),
            new("X05000001", 'F', AgeBand.Parse("30"), 500),
            new("X05000001", 'F', AgeBand.Parse("60-74"), 2_000),
            new("X05000001", 'M', AgeBand.Parse("10"), 300),
            new("X05000001", 'F', AgeBand.Parse("80"), 100),
        ];

        var area = Assert.Single(ExpectedPrevalence.ForAreas(counts, Csew2021));

        Assert.Equal(5_000, area.PopulationInRange);
        Assert.Equal(74, area.Men, 1e-9);
        Assert.Equal(266.5, area.Women, 1e-9);
        Assert.Equal(340.5, area.All, 1e-9);
        Assert.Equal((2, 400.0), (area.RowsOutsideRange, area.PopulationOutsideRange));
    }

    [Fact]
    public void ForAreas_TwoAreas_ComeBackInFirstAppearanceOrder()
    {
        PopulationCount[] counts =
        [
            new("X05000002", 'F', AgeBand.Parse("20"), 100),
            new("X05000001", 'M', AgeBand.Parse("20"), 100),
            new("X05000002", 'M', AgeBand.Parse("21"), 100),
        ];

        var areas = ExpectedPrevalence.ForAreas(counts, Csew2021);

        // X05000002: women 100 × 10.0% = 10, men 100 × 4.9% = 4.9; X05000001: men 4.9 (by hand).
        Assert.Equal(["X05000002", "X05000001"], areas.Select(a => a.AreaCode));
        Assert.Equal(14.9, areas[0].All, 1e-9);
        Assert.Equal(4.9, areas[1].Men, 1e-9);
    }

    [Fact]
    public void ForAreas_BandAcrossTwoSurveyBands_Throws()
    {
        PopulationCount[] counts = [new("X05000001", 'M', AgeBand.Parse("18-21"), 100)];

        var error = Assert.Throws<ArgumentException>(() => ExpectedPrevalence.ForAreas(counts, Csew2021));

        Assert.StartsWith("Age 18-21 of X05000001 is not within one band of csew-2021 (16-19, 20-24, 25-34, 35-44, 45-54, 55-59, 60-74).", error.Message);
    }

    [Theory]
    [InlineData("17", SurveyAgeMatch.Inside)]
    [InlineData("16-19", SurveyAgeMatch.Inside)]
    [InlineData("60-64", SurveyAgeMatch.Inside)]
    [InlineData("0-15", SurveyAgeMatch.Outside)]
    [InlineData("75", SurveyAgeMatch.Outside)]
    [InlineData("90+", SurveyAgeMatch.Outside)]
    [InlineData("15-16", SurveyAgeMatch.Straddles)]
    [InlineData("70+", SurveyAgeMatch.Straddles)]
    [InlineData("16-24", SurveyAgeMatch.Straddles)]
    public void Match_AgeBands_AreInsideOutsideOrAcrossTheSurveyBands(string ages, SurveyAgeMatch expected)
    {
        Assert.Equal(expected, Csew2021.Match(AgeBand.Parse(ages), out _));
    }
}
