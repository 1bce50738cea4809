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
        MaracTable.Write(output, table, MaracMeasure.Assess(table.Values, idva: IdvaStandard.PerAdultWomen(20)));

        Assert.EndsWith(",pct_of_expected,idva_fte_recommended,idva_fte_gap,idva_gap_pct,idva_fte", File.ReadAllLines(output)[0]);
        Assert.EndsWith(",80,30,7.5,25,22.5", File.ReadAllLines(output)[1]);
    }

    [Fact]
    public void Write_WithIdvaColumnByDefault_ComparesSafeLivesCaseloadOnExpectedAndHeardCases()
    {
        // By hand: 600 expected cases / 100 = 6 FTE, 4 in post: gap 2, 33.3%; 480 heard / 100 = 4.8 FTE: gap 0.8, 16.7%.
        var input = TestFiles.Write("marac.csv", Header + "X01000001,Somewhere,150000,480,4\n");
        var output = Path.Combine(TestFiles.NewFolder(), "marac-out.csv");

        var table = MaracTable.Read(TableInput.FromFile(input), idvaColumn: "idva_fte");
        MaracTable.Write(output, table, MaracMeasure.Assess(table.Values));

        Assert.EndsWith(",pct_of_expected,idva_fte_recommended,idva_fte_gap,idva_gap_pct,idva_fte_for_cases_heard,idva_fte_gap_for_cases_heard,idva_gap_pct_for_cases_heard,idva_fte",
            File.ReadAllLines(output)[0]);
        var cells = File.ReadAllLines(output)[1].Split(',');
        Assert.Equal([6, 2, 100.0 / 3, 4.8, 0.8, 100 * 0.8 / 4.8, 4], cells[8..].Select(double.Parse), new Tolerance(1e-9));
    }

    [Fact]
    public void Read_AdultWomenFromThePopulation_TakeThePlaceOfTheColumn()
    {
        var input = TestFiles.Write("marac.csv", "area_code,area_name,cases\nX01000001,Somewhere,480\n");

        var table = MaracTable.Read(TableInput.FromFile(input), adultWomen: new Dictionary<string, double> { ["X01000001"] = 120_000 });

        Assert.Equal(120_000, table.Values.Single().AdultWomen);
    }

    [Fact]
    public void Read_AdultWomenFromThePopulationAndAColumn_IsRefused()
    {
        var input = TestFiles.Write("marac.csv", Header + "X01000001,Somewhere,150000,480,22.5\n");

        var error = Assert.Throws<InputDataException>(() => MaracTable.Read(TableInput.FromFile(input), adultWomen: new Dictionary<string, double>()));

        Assert.Equal($"{input}:1:adult_female_population: the input has a column 'adult_female_population' and the adult women also come from the population by age and sex; give one", error.Message);
    }

    private sealed class Tolerance(double within) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= within;

        public int GetHashCode(double obj) => 0;
    }

    [Fact]
    public void Read_NegativeCases_ThrowsAtItsLineAndColumn()
    {
        var input = TestFiles.Write("marac.csv", Header + "X01000001,Somewhere,150000,-4,1\n");

        var error = Assert.Throws<InputDataException>(() => MaracTable.Read(TableInput.FromFile(input)));

        Assert.Equal($"{input}:2:cases: cases -4 must be zero or more", error.Message);
    }
}
