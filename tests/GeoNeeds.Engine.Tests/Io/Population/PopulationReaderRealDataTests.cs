using GeoNeeds.Engine.Io.Population;

namespace GeoNeeds.Engine.Tests.Io.Population;

public class PopulationReaderRealDataTests
{
    [SkippableFact]
    public void ReadIod2019Totals_File6AsPublished_ReadsEveryEnglishLsoa()
    {
        var totals = PopulationReader.ReadIod2019Totals(SharedData.Require("population/File_6_-_IoD2019_Population_Denominators.csv"));

        // MHCLG IoD 2019 File_6: 32,844 LSOAs; E01000001 (City of London 001A) has 1,296 people, mid-2015 (first data row).
        Assert.Equal(32_844, totals.Count);
        Assert.Equal(1_296, totals["E01000001"]);
        // England's total, summed independently with Python's csv module; whole numbers, so exact.
        Assert.Equal(54_728_204, totals.Values.Sum());
    }
}
