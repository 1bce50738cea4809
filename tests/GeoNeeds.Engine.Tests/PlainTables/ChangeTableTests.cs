using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Tables;
using GeoNeeds.Engine.PlainTables;

namespace GeoNeeds.Engine.Tests.PlainTables;

public class ChangeTableTests
{
    [Fact]
    public void Write_TwoPeriods_AddsChangeRateAndQuadrant()
    {
        // By hand, per 1,000: overall rate after = (30 + 10) / (2,000 + 2,000) × 1,000 = 10.
        // A: 20 → 30, +10, +50%, rate 15 (above), rising. B: 16 → 10, −6, −37.5%, rate 5 (below), falling.
        var input = TestFiles.Write("change.csv", "area_code,count_before,count_after,population\nA,20,30,2000\nB,16,10,2000\n");
        var output = Path.Combine(TestFiles.NewFolder(), "change-out.csv");

        var table = ChangeTable.Read(TableInput.FromFile(input));
        var assessment = ChangeMeasure.Assess(table.Values, 1_000);
        ChangeTable.Write(output, table, assessment);

        Assert.Equal(10, assessment.OverallRate);
        Assert.Equal(
            ["area_code,area_name,count_before,count_after,population,change,change_pct,rate_after,quadrant", "A,,20,30,2000,10,50,15,above-rising", "B,,16,10,2000,-6,-37.5,5,below-falling"],
            File.ReadAllLines(output));
    }

    [Fact]
    public void Write_NoEventsBeforeAndNoPopulation_LeavesPercentRateAndQuadrantEmpty()
    {
        var input = TestFiles.Write("change.csv", "area_code,count_before,count_after,population\nA,0,3,\nB,2,2,1000\n");
        var output = Path.Combine(TestFiles.NewFolder(), "change-out.csv");
        var warnings = new List<InputWarning>();

        var table = ChangeTable.Read(TableInput.FromFile(input), warnings);
        ChangeTable.Write(output, table, ChangeMeasure.Assess(table.Values, 1_000));

        Assert.Equal("A,,0,3,,3,,,", File.ReadAllLines(output)[1]);
        Assert.Equal("B,,2,2,1000,0,0,2,at-steady", File.ReadAllLines(output)[2]);
        Assert.Equal([new InputWarning(input, 2, "population is empty: the rate and quadrant of A are left empty")], warnings);
    }

    [Fact]
    public void Read_MissingColumn_ThrowsListingTheHeader()
    {
        var input = TestFiles.Write("change.csv", "area_code,before,after,population\nA,1,2,3\n");

        var error = Assert.Throws<InputDataException>(() => ChangeTable.Read(TableInput.FromFile(input)));

        Assert.Equal($"{input}:1:count_before: missing column 'count_before'; the header has: area_code, before, after, population", error.Message);
    }
}
