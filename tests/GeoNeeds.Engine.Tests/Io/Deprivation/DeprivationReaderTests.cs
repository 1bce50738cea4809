using System.Text;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Deprivation;

namespace GeoNeeds.Engine.Tests.Io.Deprivation;

public class DeprivationReaderTests
{
    // File_1's published header, BOM and CRLF line ends; rows invented.
    private const string ImdHeader = "LSOA code (2011),LSOA name (2011),Local Authority District code (2019),Local Authority District name (2019),"
        + "Index of Multiple Deprivation (IMD) Rank,Index of Multiple Deprivation (IMD) Decile\r\n";

    private const string Decile = "Index of Multiple Deprivation (IMD) Decile";
    private const string Rank = "Index of Multiple Deprivation (IMD) Rank";

    [Fact]
    public void ReadImd2019_PublishedLayout_ReadsRanksWithThousandsSeparatorsAndDeciles()
    {
        var path = Imd("X01000001,Somewhere 001A,X09000001,Somewhere,\"29,199\",9\r\nX01000002,Somewhere 001B,X09000001,Somewhere,17,1\r\n");

        var ranks = DeprivationReader.ReadImd2019(path);

        Assert.Equal(new DeprivationRank("X01000001", 29_199, 9), ranks["X01000001"]);
        Assert.Equal(new DeprivationRank("X01000002", 17, 1), ranks["X01000002"]);
        Assert.Equal(2, ranks.Count);
    }

    [Theory] // decile 11; rank not a number; rank beyond England's LSOAs; duplicate code; wrong field count
    [InlineData("X01000001,a,b,c,\"29,100\",9\r\nX01000002,a,b,c,\"30,300\",11\r\n", $":3:{Decile}: 11 is outside 1..10")]
    [InlineData("X01000001,a,b,c,n/a,9\r\n", $":2:{Rank}: 'n/a' is not a whole number")]
    [InlineData("X01000001,a,b,c,\"32,845\",10\r\n", $":2:{Rank}: 32845 is outside 1..32844")]
    [InlineData("X01000001,a,b,c,5,1\r\nX01000001,a,b,c,6,1\r\n", ":3:LSOA code (2011): duplicate 'X01000001' (first on line 2)")]
    [InlineData("X01000001,a,b,c,5\r\n", ":2: the row has 5 fields where 6 are expected")]
    public void ReadImd2019_FaultyRow_ThrowsAtItsLineAndColumn(string rows, string locationAndProblem)
    {
        var path = Imd(rows);

        var error = Assert.Throws<InputDataException>(() => DeprivationReader.ReadImd2019(path));

        Assert.Equal(path + locationAndProblem, error.Message);
    }

    [Fact]
    public void ReadImd2019_DecileColumnMissing_ThrowsListingTheHeader()
    {
        var path = TestFiles.Write("imd.csv", $"LSOA code (2011),{Rank}\nX01000001,5\n");

        var error = Assert.Throws<InputDataException>(() => DeprivationReader.ReadImd2019(path));

        Assert.Equal($"{path}:1:{Decile}: missing column '{Decile}'; the header has: LSOA code (2011), {Rank}", error.Message);
    }

    [Fact]
    public void ReadWimd2019_MisEncodedNames_AreReadWithDecilesFromRanks()
    {
        // The published copy has "Ynys MÃ´n" (UTF-8 of a mis-decoded "Ynys Môn") in its names; rows invented.
        var path = TestFiles.Write("wimd.csv", "lsoa11cd,lsoa11nm,ladcd,ladnm,ladnmw,wimd_2019,FID\n"
            + "X01000001,Somewhere 1,X06000001,Isle of Anglesey,Ynys MÃ´n,900,1\nX01000002,Somewhere,X06000002,Gwynedd,Gwynedd,191,2\n");

        var ranks = DeprivationReader.ReadWimd2019(path);

        Assert.Equal(new DeprivationRank("X01000001", 900, 5), ranks["X01000001"]);
        Assert.Equal(new DeprivationRank("X01000002", 191, 1), ranks["X01000002"]);
    }

    [Fact]
    public void ReadWimd2019_Latin1Names_AreReadWithAWarning()
    {
        var path = TestFiles.WriteBytes("wimd.csv", Encoding.Latin1.GetBytes("lsoa11cd,ladnmw,wimd_2019\nX01000001,Ynys Môn,900\n"));
        var warnings = new List<Engine.Io.Tables.InputWarning>();

        var ranks = DeprivationReader.ReadWimd2019(path, warnings);

        Assert.Equal(900, ranks["X01000001"].Rank);
        Assert.Single(warnings);
    }

    [Fact]
    public void ReadWimd2019_RankBeyondWalesLsoas_Throws()
    {
        var path = TestFiles.Write("wimd.csv", "lsoa11cd,wimd_2019\nX01000001,1910\n");

        var error = Assert.Throws<InputDataException>(() => DeprivationReader.ReadWimd2019(path));

        Assert.Equal($"{path}:2:wimd_2019: 1910 is outside 1..1909", error.Message);
    }

    [Theory]
    // Band edges published by StatsWales, WIMD 2019 Local Authority Analysis: most deprived 10% = ranks 1-191,
    // 20% = 1-382, 30% = 1-573, 50% = 1-955; the others are 1,909 × d / 10 rounded half up.
    [InlineData(1, 1)]
    [InlineData(191, 1)]
    [InlineData(192, 2)]
    [InlineData(382, 2)]
    [InlineData(383, 3)]
    [InlineData(573, 3)]
    [InlineData(574, 4)]
    [InlineData(955, 5)]
    [InlineData(956, 6)]
    [InlineData(1_718, 9)]
    [InlineData(1_719, 10)]
    [InlineData(1_909, 10)]
    public void WelshDecile_PublishedBandEdges_GiveTheirDecile(int rank, int decile)
    {
        Assert.Equal(decile, DeprivationReader.WelshDecile(rank));
    }

    [Fact]
    public void WelshDecile_AllRanks_Give191PerDecileExceptDecileSix()
    {
        var sizes = Enumerable.Range(1, 1_909).GroupBy(DeprivationReader.WelshDecile).Select(decile => (decile.Key, decile.Count()));

        Assert.Equal([(1, 191), (2, 191), (3, 191), (4, 191), (5, 191), (6, 190), (7, 191), (8, 191), (9, 191), (10, 191)], sizes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_910)]
    public void WelshDecile_RankOutsideWales_Throws(int rank)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DeprivationReader.WelshDecile(rank));
    }

    private static string Imd(string rows) =>
        TestFiles.WriteBytes("imd.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(ImdHeader + rows)]);
}
