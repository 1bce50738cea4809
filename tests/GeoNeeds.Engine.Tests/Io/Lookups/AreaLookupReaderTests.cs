using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Lookups;

namespace GeoNeeds.Engine.Tests.Io.Lookups;

public class AreaLookupReaderTests
{
    // The best-fit lookup's header; rows invented.
    private const string Header = "FID,LSOA11CD,LSOA11NM,WD19CD,WD19NM,LAD19CD,LAD19NM\n";

    [Fact]
    public void Read_BestFitLayout_MapsEachChildToItsParentAndName()
    {
        var path = TestFiles.Write("lookup.csv", Header + "1,X01000001,A 001A,X05000001,North,X08000001,Town\n2,X01000002,A 001B,X05000002,South,X08000001,Town\n");

        var wards = AreaLookupReader.Read(path, "LSOA11CD", "WD19CD", "WD19NM");

        Assert.Equal(new AreaParent("X05000001", "North"), wards.ParentOf("X01000001"));
        Assert.Equal(new AreaParent("X05000002", "South"), wards.ParentOf("X01000002"));
        Assert.Null(wards.ParentOf("X01000003"));
        Assert.Equal(2, wards.Count);
    }

    [Fact]
    public void Read_NoNameColumn_GivesEmptyNames()
    {
        var path = TestFiles.Write("lookup.csv", Header + "1,X01000001,A 001A,X05000001,North,X08000001,Town\n");

        Assert.Equal(new AreaParent("X08000001", ""), AreaLookupReader.Read(path, "LSOA11CD", "LAD19CD").ParentOf("X01000001"));
    }

    [Fact]
    public void Read_ChildListedTwiceWithTheSameParent_IsKeptOnce()
    {
        var path = TestFiles.Write("lookup.csv", Header + "1,X01000001,A,X05000001,N,X08000001,T\n2,X01000001,A,X05000001,N,X08000001,T\n");

        Assert.Equal(1, AreaLookupReader.Read(path, "LSOA11CD", "WD19CD").Count);
    }

    [Fact]
    public void Read_ChildListedTwiceWithDifferentParents_ThrowsAtTheSecondLine()
    {
        var path = TestFiles.Write("lookup.csv", Header + "1,X01000001,A,X05000001,N,X08000001,T\n2,X01000001,A,X05000002,S,X08000001,T\n");

        var error = Assert.Throws<InputDataException>(() => AreaLookupReader.Read(path, "LSOA11CD", "WD19CD"));

        Assert.Equal($"{path}:3:LSOA11CD: 'X01000001' is listed again with different values (first on line 2)", error.Message);
    }

    [Fact]
    public void Read_EmptyParentCode_ThrowsAtItsLineAndColumn()
    {
        var path = TestFiles.Write("lookup.csv", Header + "1,X01000001,A,,N,X08000001,T\n");

        var error = Assert.Throws<InputDataException>(() => AreaLookupReader.Read(path, "LSOA11CD", "WD19CD"));

        Assert.Equal($"{path}:2:WD19CD: value is empty", error.Message);
    }

    [Fact]
    public void Read_MissingParentColumn_ThrowsListingTheHeader()
    {
        var path = TestFiles.Write("lookup.csv", "LSOA11CD,WD19CD\nX01000001,X05000001\n");

        var error = Assert.Throws<InputDataException>(() => AreaLookupReader.Read(path, "LSOA11CD", "LAD19CD"));

        Assert.Equal($"{path}:1:LAD19CD: missing column 'LAD19CD'; the header has: LSOA11CD, WD19CD", error.Message);
    }

    [Fact]
    public void ChildrenOf_Parent_ListsItsChildrenInCodeOrder()
    {
        var path = TestFiles.Write("lookup.csv", "child,parent\nX01000003,X08000001\nX01000001,X08000001\nX01000002,X08000002\n");

        Assert.Equal(["X01000001", "X01000003"], AreaLookupReader.Read(path, "child", "parent").ChildrenOf("X08000001"));
    }
}
