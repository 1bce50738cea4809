using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Postcodes;

namespace GeoNeeds.Engine.Tests.Io.Postcodes;

public class PostcodeLookupReaderTests
{
    [Fact]
    public void ReadCsv_OnspdStyleColumns_ReadsGridReferenceLsoaAndWard()
    {
        var path = TestFiles.Write("onspd.csv", "pcd,oseast1m,osnrth1m,osward,lsoa11\nZZ1 1DD,412345,287654,X05000001,X01000001\n");

        var lookup = PostcodeLookupReader.ReadCsv(path);

        Assert.Equal(new PostcodeLocation("ZZ1 1DD", 412_345, 287_654, CoordinateSystem.BritishNationalGrid, "X01000001", "X05000001"), lookup.Find("ZZ1 1DD"));
        Assert.Equal(1, lookup.Count);
    }

    [Fact]
    public void ReadCsv_LatitudeLongitudeColumns_AreWgs84WithLongitudeAsX()
    {
        var path = TestFiles.Write("postcodes.csv", "postcode,latitude,longitude\nzz1 2ab,52.4,-1.5\n");

        var location = PostcodeLookupReader.ReadCsv(path).Find("ZZ1 2AB");

        Assert.Equal(new PostcodeLocation("ZZ1 2AB", -1.5, 52.4, CoordinateSystem.Wgs84, null, null), location);
    }

    [Fact]
    public void ReadCsv_NsplStyleColumnsWithoutCoordinates_ReadsLsoaAndWard()
    {
        var path = TestFiles.Write("nspl.csv", "pcds,ladcd,wardcd,lsoa21cd\nZZ1 2AB,X08000001,X05000002,X01000002\nZZ1 2AD,,,\n");

        var lookup = PostcodeLookupReader.ReadCsv(path);

        Assert.Equal(new PostcodeLocation("ZZ1 2AB", null, null, null, "X01000002", "X05000002"), lookup.Find("ZZ1 2AB"));
        Assert.Equal(new PostcodeLocation("ZZ1 2AD", null, null, null, null, null), lookup.Find("ZZ1 2AD"));
    }

    [Fact]
    public void ReadCsv_DatedWardColumns_TakesTheLatestYear()
    {
        var path = TestFiles.Write("nspl.csv", "pcds,wd19cd,wd24cd\nZZ1 2AB,X05000019,X05000024\n");

        Assert.Equal("X05000024", PostcodeLookupReader.ReadCsv(path).Find("ZZ1 2AB")?.WardCode);
    }

    [Fact]
    public void ReadCsv_ExplicitColumns_AreUsedInsteadOfDetection()
    {
        var path = TestFiles.Write("own.csv", "PC,E,N,Area\nZZ1 2AB,412345,287654,X01000001\n");
        var columns = new PostcodeLookupColumns { Postcode = "PC", X = "E", Y = "N", CoordinateSystem = CoordinateSystem.BritishNationalGrid, LsoaCode = "Area" };

        var location = PostcodeLookupReader.ReadCsv(path, columns).Find("ZZ1 2AB");

        Assert.Equal(new PostcodeLocation("ZZ1 2AB", 412_345, 287_654, CoordinateSystem.BritishNationalGrid, "X01000001", null), location);
    }

    [Fact]
    public void ReadCsv_PostcodeNotInUkFormat_IsSkippedWithAWarning()
    {
        var path = TestFiles.Write("nspl.csv", "pcds,lsoa21cd\nZZ1 2AB,X01000001\nNOT A CODE,X01000002\nZZ1 2AD\n");

        var lookup = PostcodeLookupReader.ReadCsv(path);

        Assert.Equal(1, lookup.Count);
        Assert.Equal(2, lookup.SkippedRows);
        Assert.Equal(
            [$"{path}:3: row skipped: pcds 'NOT A CODE' is not a UK postcode", $"{path}:4: row skipped: the row has 1 fields where 2 are expected"],
            lookup.Warnings.Select(warning => warning.ToString()));
    }

    [Fact]
    public void ReadCsv_NoGridReferenceMarker_LeavesThePostcodeWithoutCoordinatesSilently()
    {
        // ONSPD writes latitude 99.999999, longitude 0.000000 for postcodes without a grid reference.
        var path = TestFiles.Write("onspd.csv", "pcds,lat,long,lsoa11\nZZ1 2AB,99.999999,0.000000,X01000001\n");

        var lookup = PostcodeLookupReader.ReadCsv(path);

        Assert.Equal(new PostcodeLocation("ZZ1 2AB", null, null, null, "X01000001", null), lookup.Find("ZZ1 2AB"));
        Assert.Empty(lookup.Warnings);
    }

    [Fact]
    public void ReadCsv_CoordinatesNotNumbers_KeepsThePostcodeWithoutThemAndWarns()
    {
        var path = TestFiles.Write("postcodes.csv", "pcds,easting,northing,lsoa11\nZZ1 2AB,n/a,287654,X01000001\n");

        var lookup = PostcodeLookupReader.ReadCsv(path);

        Assert.False(lookup.Find("ZZ1 2AB")!.HasCoordinates);
        Assert.Equal($"{path}:2: 'n/a', '287654' are not coordinates; the postcode is kept without them", Assert.Single(lookup.Warnings).ToString());
    }

    [Fact]
    public void ReadCsv_NoPostcodeColumn_ThrowsListingTheAcceptedNames()
    {
        var path = TestFiles.Write("postcodes.csv", "code,lsoa11\nZZ1 2AB,X01000001\n");

        var error = Assert.Throws<InputDataException>(() => PostcodeLookupReader.ReadCsv(path));

        Assert.Equal($"{path}:1:pcds: missing postcode column (one of pcds, pcd, pcd7, pcd8, postcode); the header has: code, lsoa11", error.Message);
    }

    [Fact]
    public void ReadCsv_NothingToLocatePostcodesWith_Throws()
    {
        var path = TestFiles.Write("postcodes.csv", "pcds,ladcd\nZZ1 2AB,X08000001\n");

        var error = Assert.Throws<InputDataException>(() => PostcodeLookupReader.ReadCsv(path));

        Assert.Equal($"{path}:1: no coordinate, LSOA or ward column to locate postcodes with; the header has: pcds, ladcd", error.Message);
    }

    [Fact]
    public void ReadCsv_PostcodeListedTwiceWithDifferentAreas_ThrowsAtTheSecondLine()
    {
        var path = TestFiles.Write("postcodes.csv", "pcds,lsoa11\nZZ1 2AB,X01000001\nzz12ab,X01000002\n");

        var error = Assert.Throws<InputDataException>(() => PostcodeLookupReader.ReadCsv(path));

        Assert.Equal($"{path}:3:pcds: 'ZZ1 2AB' is listed again with different values (first on line 2)", error.Message);
    }

    [Fact]
    public void ReadCodePoint_NoHeaderRow_ReadsDefaultColumnOrder()
    {
        // Code-Point Open row layout: PC,PQ,EA,NO,CY,RH,LH,CC,DC,WC (values invented apart from the shape).
        var path = TestFiles.Write("zz.csv", "\"ZZ1 2AB\",10,412345,287654,\"X92000001\",\"\",\"\",\"\",\"X08000001\",\"X05000001\"\n"
            + "\"ZZ992AB\",90,0,0,\"X92000001\",\"\",\"\",\"\",\"X08000001\",\"X05000001\"\n");

        var lookup = PostcodeLookupReader.ReadCodePoint(path);

        Assert.Equal(new PostcodeLocation("ZZ1 2AB", 412_345, 287_654, CoordinateSystem.BritishNationalGrid, null, "X05000001"), lookup.Find("ZZ1 2AB"));
        Assert.Equal(new PostcodeLocation("ZZ99 2AB", null, null, null, null, "X05000001"), lookup.Find("ZZ99 2AB"));
    }

    [Fact]
    public void ReadCodePoint_ColumnHeadersFile_GivesTheColumnOrder()
    {
        var headers = TestFiles.Write("headers.csv", "EA,NO,PC,WC\nEastings,Northings,Postcode,Admin_ward_code\n");
        var path = TestFiles.Write("zz.csv", "412345,287654,\"ZZ1 2AB\",\"X05000001\"\n");

        var location = PostcodeLookupReader.ReadCodePoint(path, headers).Find("ZZ1 2AB");

        Assert.Equal(new PostcodeLocation("ZZ1 2AB", 412_345, 287_654, CoordinateSystem.BritishNationalGrid, null, "X05000001"), location);
    }

    [Fact]
    public void ReadCodePoint_HeadersFileWithoutPostcode_ThrowsNamingTheColumn()
    {
        var headers = TestFiles.Write("headers.csv", "EA,NO,WC\n");
        var path = TestFiles.Write("zz.csv", "412345,287654,\"X05000001\"\n");

        var error = Assert.Throws<InputDataException>(() => PostcodeLookupReader.ReadCodePoint(path, headers));

        Assert.Equal($"{path}:1:PC: missing column 'PC'; the header has: EA, NO, WC", error.Message);
    }
}
