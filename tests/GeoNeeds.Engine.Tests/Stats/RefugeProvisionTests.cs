using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.Stats;

public class RefugeProvisionTests
{
    // England's population at mid-2019, 56,286,961 (ONS mid-year estimates 2019, MYE2 "Persons", E92000001;
    // also the ENGLAND row of ../shared/data/population/mye2019_la_syoa_by_sex_WM_Leics.csv).
    private const double EnglandMid2019 = 56_286_961;

    [Fact]
    public void Recommended_EnglandMid2019Population_Gives5629Spaces()
    {
        // 56,286,961 / 10,000 × 1 = 5,628.6961, to the nearest whole space 5,629 (by hand).
        Assert.Equal(5_629, RefugeProvision.Recommended(EnglandMid2019, RefugeStandard.CouncilOfEurope));
    }

    [Fact]
    public void Assess_AuthorityWithFewerSpacesThanTheStandard_GivesTheShortfallInSpacesAndPercent()
    {
        // A hypothetical authority of 712,334 people with 48 refuge spaces. By hand: 712,334 / 10,000 = 71.2334,
        // 71 spaces recommended; 48 − 71 = −23; 23 / 71 × 100 = 32.3943…% short (tolerance 1e-12).
        var comparison = RefugeProvision.Assess(712_334, 48, RefugeStandard.CouncilOfEurope);

        Assert.Equal(71, comparison.Recommended);
        Assert.Equal(48, comparison.Provided);
        Assert.Equal(-23, comparison.Difference);
        Assert.Equal(32.3943661971831, comparison.ShortfallPercent!.Value, 1e-12);
    }

    [Theory]
    [InlineData(15_000, 2)]
    [InlineData(25_000, 3)]
    [InlineData(24_999, 2)]
    [InlineData(0, 0)]
    public void Recommended_HalfSpaces_RoundAwayFromZeroAsSpreadsheetsDo(double population, double expected)
    {
        // 1.5 → 2 and 2.5 → 3 (spreadsheet ROUND), not banker's rounding's 2 and 2.
        Assert.Equal(expected, RefugeProvision.Recommended(population, RefugeStandard.CouncilOfEurope));
    }

    [Fact]
    public void Recommended_WithoutRounding_KeepsTheDecimals()
    {
        // 12,345 / 10,000 × 1.5 spaces = 1.85175 (by hand).
        var standard = new RefugeStandard(10_000, 1.5, RoundToWholeSpaces: false);

        Assert.Equal(1.85175, RefugeProvision.Recommended(12_345, standard), 1e-12);
    }

    [Fact]
    public void Compare_ProvisionAboveTheStandard_GivesNegativeShortfall()
    {
        var comparison = RefugeProvision.Compare(recommended: 10, provided: 12);

        Assert.Equal(new RefugeComparison(10, 12, 2, -20), comparison);
    }

    [Fact]
    public void Compare_NothingRecommended_LeavesShortfallPercentNull()
    {
        Assert.Null(RefugeProvision.Compare(recommended: 0, provided: 1).ShortfallPercent);
    }

    [Fact]
    public void Recommended_NegativePopulation_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RefugeProvision.Recommended(-1, RefugeStandard.CouncilOfEurope));

        Assert.Equal("population", error.ParamName);
    }

    [SkippableFact]
    public void Recommended_EnglandFromTheOnsMidYearFile_Gives5629Spaces()
    {
        var path = SharedData.Require("population/mye2019_la_syoa_by_sex_WM_Leics.csv");
        var england = File.ReadLines(path).Single(line => line.StartsWith("E92000001,", StringComparison.Ordinal) && line.Contains(",Persons,", StringComparison.Ordinal));
        var population = double.Parse(england.Split(',')[4], System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(EnglandMid2019, population);
        Assert.Equal(5_629, RefugeProvision.Recommended(population, RefugeStandard.CouncilOfEurope));
    }
}
