using GeoNeeds.Engine.Geo.Postcodes;
using GeoNeeds.Engine.Tests.Join;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoNeeds.Engine.Tests.Geo.Postcodes;

public class PostcodeAreaBuilderTests
{
    [Fact]
    public void Units_TwoPostcodesInOneSquare_SplitItAtTheirBisector()
    {
        var areas = PostcodeAreaBuilder.Build([new("ZZ1 1AA", 2, 5), new("ZZ1 1AB", 8, 5)], Square("A", 0), PostcodeLevel.Unit);

        AssertSameShape("POLYGON ((0 0, 5 0, 5 10, 0 10, 0 0))", areas.Layer.Find("ZZ1 1AA")!.Geometry);
        AssertSameShape("POLYGON ((5 0, 10 0, 10 10, 5 10, 5 0))", areas.Layer.Find("ZZ1 1AB")!.Geometry);
    }

    [Fact]
    public void Units_OnePostcodeInAnArea_TakesTheWholeArea()
    {
        var areas = PostcodeAreaBuilder.Build([new("ZZ1 1AA", 2, 5)], Square("A", 0), PostcodeLevel.Unit);

        AssertSameShape("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", areas.Layer.Find("ZZ1 1AA")!.Geometry);
    }

    [Fact]
    public void Units_CellsStopAtTheClipAreaEvenWhenANeighbourAreaHasNearerPostcodes()
    {
        // ZZ1 1AB at (11, 5) is nearer than ZZ1 1AA to most of A's right half, but lies in B, so A stays whole to ZZ1 1AA.
        var areas = PostcodeAreaBuilder.Build([new("ZZ1 1AA", 1, 5), new("ZZ1 1AB", 11, 5)], Layers.TwoSquares(), PostcodeLevel.Unit);

        Assert.Equal(100, areas.Layer.Find("ZZ1 1AA")!.Geometry.Area, 6);
        Assert.Equal(100, areas.Layer.Find("ZZ1 1AB")!.Geometry.Area, 6);
    }

    [Fact]
    public void Units_TwoPostcodesSharingAPoint_SplitItsCellIntoTwoEqualHalves()
    {
        var areas = PostcodeAreaBuilder.Build([new("ZZ1 1AB", 2, 5), new("ZZ1 1AA", 2, 5), new("ZZ1 1AD", 8, 5)], Square("A", 0), PostcodeLevel.Unit);

        Assert.Equal(["ZZ1 1AA", "ZZ1 1AB", "ZZ1 1AD"], areas.Layer.Areas.Select(a => a.Code));
        Assert.Equal(1, areas.SharedPoints);
        AssertSameShape("POLYGON ((0 5, 5 5, 5 10, 0 10, 0 5))", areas.Layer.Find("ZZ1 1AA")!.Geometry);
        AssertSameShape("POLYGON ((0 0, 5 0, 5 5, 0 5, 0 0))", areas.Layer.Find("ZZ1 1AB")!.Geometry);
    }

    [Fact]
    public void Units_ClipAreaWithoutPostcodes_IsJoinedWholeToTheNearestPostcodesCell()
    {
        var clip = Layers.FromWkt("lsoa", ("A", Wkt(0)), ("B", Wkt(10)), ("C", Wkt(20)));

        var areas = PostcodeAreaBuilder.Build([new("ZZ1 1AA", 8, 5), new("ZZ1 1AB", 25, 5)], clip, PostcodeLevel.Unit);

        Assert.Equal(200, areas.Layer.Find("ZZ1 1AA")!.Geometry.Area, 6);
        Assert.Equal("ZZ1 1AA", areas.EmptyClipAreas["B"]);
    }

    [Fact]
    public void Units_PostcodeOutsideTheClipLayer_IsLeftOutAndListed()
    {
        var areas = PostcodeAreaBuilder.Build([new("ZZ1 1AA", 1, 5), new("ZZ9 9ZZ", 500, 500)], Square("A", 0), PostcodeLevel.Unit);

        Assert.Equal(["ZZ1 1AA"], areas.Layer.Areas.Select(a => a.Code));
        Assert.Equal("ZZ9 9ZZ", Assert.Single(areas.Outside).Postcode);
    }

    [Fact]
    public void Units_PointOnASharedBoundary_GoesToTheLsoaTheLookupGives()
    {
        var areas = PostcodeAreaBuilder.Build([new("ZZ1 1AA", 10, 5, LsoaCode: "B"), new("ZZ1 1AB", 2, 5)], Layers.TwoSquares(), PostcodeLevel.Unit);

        Assert.Equal("B", areas.Members.Single(m => m.Postcode == "ZZ1 1AA").ClipCode);
        Assert.Equal(0, areas.LsoaDisagreements);
    }

    [Fact]
    public void Units_LookupLsoaThatDoesNotHoldThePoint_IsCountedNotFollowed()
    {
        var areas = PostcodeAreaBuilder.Build([new("ZZ1 1AA", 2, 5, LsoaCode: "B"), new("ZZ1 1AB", 12, 5)], Layers.TwoSquares(), PostcodeLevel.Unit);

        Assert.Equal("A", areas.Members.Single(m => m.Postcode == "ZZ1 1AA").ClipCode);
        Assert.Equal(1, areas.LsoaDisagreements);
    }

    [Fact]
    public void Districts_DissolveTheirUnitsIntoOnePolygon()
    {
        var points = new PostcodeCentroid[] { new("ZZ1 1AA", 2, 2), new("ZZ1 2AA", 8, 2), new("ZZ2 1AA", 5, 8) };

        var areas = PostcodeAreaBuilder.Build(points, Square("A", 0), PostcodeLevel.District);

        Assert.Equal(["ZZ1", "ZZ2"], areas.Layer.Areas.Select(a => a.Code));
        Assert.IsType<Polygon>(areas.Layer.Find("ZZ1")!.Geometry);
        Assert.Equal(100, areas.Layer.Areas.Sum(a => a.Geometry.Area), 6);
    }

    [Fact]
    public void Districts_PostcodesOfTwoDistrictsSharingAPoint_EachDistrictKeepsItsSlice()
    {
        var points = new PostcodeCentroid[] { new("ZZ1 1AA", 5, 5), new("ZZ1 1AB", 5, 5), new("ZZ2 1AA", 5, 5), new("ZZ2 1AB", 5, 5) };

        var areas = PostcodeAreaBuilder.Build(points, Square("A", 0), PostcodeLevel.District);

        Assert.Equal(50, areas.Layer.Find("ZZ1")!.Geometry.Area, 6);
        Assert.Equal(50, areas.Layer.Find("ZZ2")!.Geometry.Area, 6);
    }

    [Theory]
    [InlineData("CV1 1DD", PostcodeLevel.Unit, "CV1 1DD")]
    [InlineData("CV1 1DD", PostcodeLevel.Sector, "CV1 1")]
    [InlineData("CV1 1DD", PostcodeLevel.District, "CV1")]
    [InlineData("SW1A 1AA", PostcodeLevel.Sector, "SW1A 1")]
    [InlineData("SW1A 1AA", PostcodeLevel.District, "SW1A")]
    public void CodeAt_NormalisedPostcode_GivesItsUnitSectorOrDistrict(string postcode, PostcodeLevel level, string expected) =>
        Assert.Equal(expected, PostcodeParts.CodeAt(postcode, level));

    internal static NetTopologySuite.Geometries.Geometry Read(string wkt) => new WKTReader().Read(wkt);

    private static GeoNeeds.Engine.Geo.AreaLayer Square(string code, double left) => Layers.FromWkt("lsoa", (code, Wkt(left)));

    private static string Wkt(double left) => $"POLYGON (({left} 0, {left + 10} 0, {left + 10} 10, {left} 10, {left} 0))";

    private static void AssertSameShape(string expectedWkt, NetTopologySuite.Geometries.Geometry actual) =>
        Assert.True(Read(expectedWkt).EqualsTopologically(actual), $"expected {expectedWkt}, got {actual}");
}
