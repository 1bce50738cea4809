using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.PlainTables;

namespace GeoNeeds.Engine.Tests.PlainTables;

public class MaracTableTests
{
    private const string Header = "area_code,area_name,adult_female_population,cases,idva_fte\n";

    [Fact]
    public void Write_CasesAgainstSafeLives_AddsExpectedRateDifferenceAndPercent()
    {
        // By hand: 150,000 adult women × 40 / 10,000 = 600 expected; 480 cases = 32 per 10,000, −120, 80%.
        var input = TestFiles.Write("marac.csv", Header + "X01000001,Somewhere,150000,480,22.5\n");
        var output = Path.Combine(TestFiles.NewFolder(), "marac-out.csv");

        var table = MaracTable.Read(TableInput.FromFile(input));
        MaracTable.Write(output, table, MaracMeasure.Assess(table.Values));

        Assert.Equal(
            ["area_code,area_name,adult_female_population,cases,expected_cases,rate_per_10k,difference,pct_of_expected,idva_fte", "X01000001,Somewhere,150000,480,600,32,-120,80,22.5"],
            File.ReadAllLines(output));
    }

    [Fact]
    public void Write_WithIdvaColumnAndRecommendation_AddsRecommendedFteAndGap()
    {
        // By hand: 150,000 adult women at 20 FTE per 100,000 = 30 FTE; 22.5 in post leaves a gap of 7.5.
        var input = TestFiles.Write("marac.csv", Header + "X01000001,Somewhere,150000,480,22.5\n");
        var output = Path.Combine(TestFiles.NewFolder(), "marac-out.csv");

        var table = MaracTable.Read(TableInput.FromFile(input), idvaColumn: "idva_fte");
        MaracTable.Write(output, table, MaracMeasure.Assess(table.Values, idvaFtePer100000: 20));

        Assert.EndsWith(",pct_of_expected,idva_fte_recommended,idva_fte_gap,idva_fte", File.ReadAllLines(output)[0]);
        Assert.EndsWith(",80,30,7.5,22.5", File.ReadAllLines(output)[1]);
    }

    [Fact]
    public void Read_NegativeCases_ThrowsAtItsLineAndColumn()
    {
        var input = TestFiles.Write("marac.csv", Header + "X01000001,Somewhere,150000,-4,1\n");

        var error = Assert.Throws<InputDataException>(() => MaracTable.Read(TableInput.FromFile(input)));

        Assert.Equal($"{input}:2:cases: cases -4 must be zero or more", error.Message);
    }
}
