using GeoNeeds.Engine.Io.Deprivation;

namespace GeoNeeds.Engine.Tests.Io.Deprivation;

public class DeprivationReaderRealDataTests
{
    [SkippableFact]
    public void ReadImd2019_File1AsPublished_ReadsEveryEnglishLsoa()
    {
        var ranks = DeprivationReader.ReadImd2019(SharedData.Require("imd/File_1_-_IMD2019_Index_of_Multiple_Deprivation.csv"));

        // MHCLG IoD 2019: 32,844 LSOAs; E01000001 (City of London 001A) is ranked 29,199, decile 9 (first data row).
        Assert.Equal(32_844, ranks.Count);
        Assert.Equal(new DeprivationRank("E01000001", 29_199, 9), ranks["E01000001"]);
        // The published ranks run 1..32,844 with 26 ties (equal scores share a rank, the next rank is skipped:
        // E01013651 Leicester 011A and E01020912 Eastbourne 010C are both 2,852), so 32,818 distinct ranks
        // (counted with Python's csv module).
        Assert.Equal(1, ranks.Values.Min(rank => rank.Rank));
        Assert.Equal(32_844, ranks.Values.Max(rank => rank.Rank));
        Assert.Equal(32_818, ranks.Values.Select(rank => rank.Rank).Distinct().Count());
        Assert.Equal(2_852, ranks["E01013651"].Rank);
        Assert.Equal(2_852, ranks["E01020912"].Rank);
    }

    [SkippableFact]
    public void ReadWimd2019_WelshLookup_ReadsEveryWelshLsoaWithDerivedDeciles()
    {
        var ranks = DeprivationReader.ReadWimd2019(SharedData.Require("imd/WIMD19_Wales_lookup.csv"));

        // Welsh Government WIMD 2019: 1,909 LSOAs ranked 1..1,909; W01000001 (first row) has rank 885, in 765..955 = decile 5.
        Assert.Equal(1_909, ranks.Count);
        Assert.Equal(new DeprivationRank("W01000001", 885, 5), ranks["W01000001"]);
        Assert.Equal([191, 191, 191, 191, 191, 190, 191, 191, 191, 191],
            ranks.Values.GroupBy(rank => rank.Decile).OrderBy(decile => decile.Key).Select(decile => decile.Count()));
    }
}
