using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.PlainTables;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Tests.PlainTables;

public class RefugeTableTests
{
    [Fact]
    public void Write_TwoAreas_GivesTheFixedColumnsExtrasAndATotalRow()
    {
        // By hand, 1 space per 10,000: 371,521 → 37.15 → 37 recommended, 24 provided, difference −13,
        // shortfall 13/37 = 35.135…%; 39,927 → 3.99 → 4 recommended, 5 provided, +1, −25%.
        // TOTAL sums the rows: 41 recommended, 29 provided, −12, 12/41 = 29.268…%. Percentages are published to
        // 15 significant digits (G15), which drops the float noise of the last binary digits.
        var input = TestFiles.Write("refuge.csv", "area_code,area_name,provider,population,provided\nE08000026,Coventry,A,371521,24\nE06000017,Rutland,B,39927,5\n");
        var output = Path.Combine(TestFiles.NewFolder(), "refuge-out.csv");

        var table = RefugeTable.Read(TableInput.FromFile(input));
        RefugeTable.Write(output, table, RefugeMeasure.Assess(table.Values, RefugeStandard.CouncilOfEurope));

        Assert.Equal(
            [
                "area_code,area_name,population,recommended,provided,difference,shortfall_pct,provider",
                $"E08000026,Coventry,371521,37,24,-13,{13.0 / 37 * 100:G15},A",
                "E06000017,Rutland,39927,4,5,1,-25,B",
                $"TOTAL,Total,411448,41,29,-12,{12.0 / 41 * 100:G15},",
            ],
            File.ReadAllLines(output));
    }

    [Fact]
    public void Write_FemaleBasis_ReadsAndWritesTheFemale15To64Column()
    {
        var input = TestFiles.Write("refuge.csv", "area_code,area_name,female_15_64,provided\nX01000001,Somewhere,25000,1\n");
        var output = Path.Combine(TestFiles.NewFolder(), "refuge-out.csv");

        var table = RefugeTable.Read(TableInput.FromFile(input), RefugeBasis.Female15To64);
        RefugeTable.Write(output, table, RefugeMeasure.Assess(table.Values, RefugeStandard.CouncilOfEurope), RefugeBasis.Female15To64);

        Assert.Equal("area_code,area_name,female_15_64,recommended,provided,difference,shortfall_pct", File.ReadAllLines(output)[0]);
        Assert.Equal("X01000001,Somewhere,25000,3,1,-2,66.6666666666667", File.ReadAllLines(output)[1]);
    }

    [Fact]
    public void Read_PopulationBasisWithoutPopulationColumn_ThrowsListingTheHeader()
    {
        var input = TestFiles.Write("refuge.csv", "area_code,area_name,female_15_64,provided\nX01000001,Somewhere,25000,1\n");

        var error = Assert.Throws<InputDataException>(() => RefugeTable.Read(TableInput.FromFile(input)));

        Assert.Equal($"{input}:1:population: missing column 'population'; the header has: area_code, area_name, female_15_64, provided", error.Message);
    }

    [Fact]
    public void Assess_WithoutRounding_KeepsDecimalSpaces()
    {
        var assessment = RefugeMeasure.Assess([new RefugeArea("X01000001", "Somewhere", 12_345, 1)], RefugeStandard.CouncilOfEurope with { RoundToWholeSpaces = false });

        Assert.Equal(1.2345, assessment.Areas[0].Recommended, 1e-12);
    }
}
