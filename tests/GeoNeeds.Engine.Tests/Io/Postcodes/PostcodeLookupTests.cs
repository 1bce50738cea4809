using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Postcodes;

namespace GeoNeeds.Engine.Tests.Io.Postcodes;

public class PostcodeLookupTests
{
    [Fact]
    public void Merge_SamePostcodeInBoth_EarlierPartsWinAndLaterOnesFillGaps()
    {
        var codePoint = Read("cp.csv", "pcds,easting,northing,wardcd\nZZ1 2AB,412345,287654,X05000013\n");
        var nspl = Read("nspl.csv", "pcds,easting,northing,wardcd,lsoa21cd\nZZ1 2AB,1000,1000,X05000024,X01000021\nZZ1 2AD,,,X05000024,X01000022\n");

        var merged = PostcodeLookup.Merge([codePoint, nspl]);

        Assert.Equal(new PostcodeLocation("ZZ1 2AB", 412_345, 287_654, CoordinateSystem.BritishNationalGrid, "X01000021", "X05000013"), merged.Find("ZZ1 2AB"));
        Assert.Equal(new PostcodeLocation("ZZ1 2AD", null, null, null, "X01000022", "X05000024"), merged.Find("ZZ1 2AD"));
        Assert.Equal(2, merged.Count);
    }

    [Fact]
    public void Merge_EarlierWithoutCoordinates_TakesTheLaterPairWithItsCoordinateSystem()
    {
        var first = Read("a.csv", "pcds,lsoa11\nZZ1 2AB,X01000001\n");
        var second = Read("b.csv", "pcds,lat,long\nZZ1 2AB,52.4,-1.5\n");

        var location = PostcodeLookup.Merge([first, second]).Find("ZZ1 2AB");

        Assert.Equal(new PostcodeLocation("ZZ1 2AB", -1.5, 52.4, CoordinateSystem.Wgs84, "X01000001", null), location);
    }

    [Fact]
    public void Find_UnnormalisedSpelling_FindsThePostcode()
    {
        var lookup = Read("a.csv", "pcds,lsoa11\nZZ1 2AB,X01000001\n");

        Assert.Equal("X01000001", lookup.Find("zz12ab")?.LsoaCode);
        Assert.Null(lookup.Find("ZZ9 9ZZ"));
    }

    private static PostcodeLookup Read(string name, string content) => PostcodeLookupReader.ReadCsv(TestFiles.Write(name, content));
}
