using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.PlainTables;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.PlainTables;

public class PrevalenceTableTests
{
    private const string Header = "area_code,sex,age,population\n";
    private static readonly PrevalenceSurvey Csew2021 = SurveyTable.Load("csew-2021");

    [Fact]
    public void Write_PopulationBySexAndAge_GivesExpectedVictimsPerArea()
    {
        // By hand with CSEW 2021: X05000001 men 16-19 1,000 × 5.3% = 53, women "Female" age 17 200 × 14.0% = 28,
        // men 0-15 (outside 16-74) not counted; X05000002 women 60-74 500 × 4.4% = 22.
        var input = TestFiles.Write("pop.csv", Header + "X05000001,M,16-19,1000\nX05000001,Female,17,200\nX05000001,M,0-15,900\nX05000002,F,60-74,500\n");
        var output = Path.Combine(TestFiles.NewFolder(), "prevalence.csv");
        var warnings = new List<InputWarning>();

        var table = PrevalenceTable.Read(TableInput.FromFile(input), Csew2021, warnings);
        PrevalenceTable.Write(output, PrevalenceMeasure.Assess(table.Values, Csew2021, PrevalenceTable.Names(table)), withRecorded: false);

        Assert.Equal(
            ["area_code,area_name,population_in_range,expected_men,expected_women,expected_all", "X05000001,,1200,53,28,81", "X05000002,,500,0,22,22"],
            File.ReadAllLines(output));
        Assert.Equal([new InputWarning(input, 0, "1 rows (900 people) are outside the ages of csew-2021 (16-19, 20-24, 25-34, 35-44, 45-54, 55-59, 60-74) and were not counted")], warnings);
    }

    [Fact]
    public void Write_WithRecorded_AddsRecordedAndRecordedPerExpected()
    {
        // 53 expected (1,000 men 16-19 × 5.3%); 106 recorded → 2 recorded per expected.
        var input = TestFiles.Write("pop.csv", Header + "X05000001,M,16-19,1000\n");
        var recordedFile = TestFiles.Write("recorded.csv", "area_code,recorded\nX05000001,106\nX05000009,4\n");
        var output = Path.Combine(TestFiles.NewFolder(), "prevalence.csv");
        var warnings = new List<InputWarning>();

        var recorded = PrevalenceTable.ReadRecorded(TableInput.FromFile(recordedFile));
        var table = PrevalenceTable.Read(TableInput.FromFile(input), Csew2021);
        var areas = PrevalenceMeasure.Assess(table.Values, Csew2021, PrevalenceTable.Names(table), recorded);
        PrevalenceTable.WarnUnmatched(areas, recorded, recordedFile, warnings);
        PrevalenceTable.Write(output, areas, withRecorded: true);

        Assert.Equal(
            ["area_code,area_name,population_in_range,expected_men,expected_women,expected_all,recorded,recorded_per_expected", "X05000001,,1000,53,0,53,106,2"],
            File.ReadAllLines(output));
        Assert.Equal([new InputWarning(recordedFile, 0, "X05000009 has a recorded number but no population rows; it is left out")], warnings);
    }

    [Theory]
    [InlineData("X05000001,M,18-21,10", "age", "age band 18-21 does not match the bands of csew-2021 (16-19, 20-24, 25-34, 35-44, 45-54, 55-59, 60-74): give single years or bands within one of them")]
    [InlineData("X05000001,M,70+,10", "age", "age band 70+ does not match the bands of csew-2021 (16-19, 20-24, 25-34, 35-44, 45-54, 55-59, 60-74): give single years or bands within one of them")]
    [InlineData("X05000001,Persons,20,10", "sex", "sex 'Persons' is not M, F, Male or Female")]
    [InlineData("X05000001,M,20,-3", "population", "population -3 must be zero or more")]
    [InlineData("X05000001,M,20,n/a", "population", "'n/a' is not a number")]
    [InlineData("X05000001,M,twenty,3", "age", "'twenty' is not an age or age band (45, 16-19 or 90+)")]
    public void Read_BadRow_ThrowsAtItsLineAndColumn(string row, string column, string problem)
    {
        var input = TestFiles.Write("pop.csv", Header + row + "\n");

        var error = Assert.Throws<InputDataException>(() => PrevalenceTable.Read(TableInput.FromFile(input), Csew2021));

        Assert.Equal($"{input}:2:{column}: {problem}", error.Message);
    }

    [Theory]
    [InlineData("X05000001,M,20,5", "X05000001 M 20 is listed again (first on line 2)")]
    [InlineData("X05000001,M,20-24,5", "age 20-24 overlaps 20 of X05000001 M on line 2")]
    public void Read_SameAgesTwice_ThrowsRatherThanCountingPeopleTwice(string second, string problem)
    {
        var input = TestFiles.Write("pop.csv", Header + "X05000001,M,20,5\n" + second + "\n");

        var error = Assert.Throws<InputDataException>(() => PrevalenceTable.Read(TableInput.FromFile(input), Csew2021));

        Assert.Equal($"{input}:3:age: {problem}", error.Message);
    }

    [Fact]
    public void ReadRecorded_DuplicateArea_Throws()
    {
        var recorded = TestFiles.Write("recorded.csv", "area_code,recorded\nX05000001,1\nX05000001,2\n");

        var error = Assert.Throws<InputDataException>(() => PrevalenceTable.ReadRecorded(TableInput.FromFile(recorded)));

        Assert.Equal($"{recorded}:3:area_code: duplicate 'X05000001' (first on line 2)", error.Message);
    }
}
