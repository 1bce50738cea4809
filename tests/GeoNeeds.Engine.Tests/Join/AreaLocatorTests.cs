using GeoNeeds.Engine.Join;

namespace GeoNeeds.Engine.Tests.Join;

public class AreaLocatorTests
{
    [Theory]
    [InlineData(5, 5, "A")]
    [InlineData(15, 5, "B")]
    [InlineData(0, 5, "A")]
    [InlineData(20, 0, "B")]
    public void Locate_PointInsideOrOnOuterEdge_FindsItsArea(double x, double y, string expected)
    {
        var locator = new AreaLocator(Layers.TwoSquares());

        Assert.Equal(expected, locator.Locate(x, y)?.Code);
    }

    [Fact]
    public void Locate_PointOutsideEveryArea_FindsNothing()
    {
        var locator = new AreaLocator(Layers.TwoSquares());

        Assert.Null(locator.Locate(25, 5));
    }

    [Theory]
    [InlineData("A", "B")]
    [InlineData("B", "A")]
    public void Locate_PointOnSharedEdge_GoesToSmallestCodeWhateverTheLayerOrder(string leftCode, string rightCode)
    {
        var locator = new AreaLocator(Layers.TwoSquares(leftCode, rightCode));

        Assert.Equal("A", locator.Locate(10, 5)?.Code);
    }

    [Fact]
    public void Locate_PointInHole_BelongsToTheAreaFillingTheHole()
    {
        var layer = Layers.FromWkt("lsoa",
            ("RING", "POLYGON ((0 0, 30 0, 30 30, 0 30, 0 0), (10 10, 20 10, 20 20, 10 20, 10 10))"),
            ("CORE", "POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10))"));
        var locator = new AreaLocator(layer);

        Assert.Equal("CORE", locator.Locate(15, 15)?.Code);
        Assert.Equal("RING", locator.Locate(5, 5)?.Code);
    }

    [Fact]
    public void Locate_MultiPolygonArea_FindsPointsInEveryPart()
    {
        var layer = Layers.FromWkt("lsoa", ("ISLANDS", "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((5 5, 6 5, 6 6, 5 6, 5 5)))"));
        var locator = new AreaLocator(layer);

        Assert.Equal("ISLANDS", locator.Locate(5.5, 5.5)?.Code);
        Assert.Null(locator.Locate(3, 3));
    }

    [Theory]
    [InlineData(0, 1, 2)]
    [InlineData(0, 2, 1)]
    [InlineData(1, 0, 2)]
    [InlineData(1, 2, 0)]
    [InlineData(2, 0, 1)]
    [InlineData(2, 1, 0)]
    public void Locate_PointOnAVertexOfThreeAreas_GoesToTheSmallestCodeInEveryLayerOrder(int first, int second, int third)
    {
        // A and B meet along x = 10 below y = 10; C lies above both; (10, 10) is a vertex of all three.
        (string Code, string Wkt)[] areas =
        [
            ("C", "POLYGON ((0 10, 10 10, 20 10, 20 20, 0 20, 0 10))"),
            ("B", "POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))"),
            ("A", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
        ];
        var locator = new AreaLocator(Layers.FromWkt("lsoa", areas[first], areas[second], areas[third]));

        Assert.Equal("A", locator.Locate(10, 10)?.Code);
        Assert.Equal("C", locator.Locate(10, 10.000001)?.Code);
        Assert.Equal("B", locator.Locate(10.000001, 9.999999)?.Code);
    }

    [Theory]
    [InlineData(15, 10)]
    [InlineData(10, 15)]
    [InlineData(20, 20)]
    public void Locate_PointOnTheEdgeOfAFilledHole_GoesToTheSmallestCodeOfTheTwo(double x, double y)
    {
        // On the hole's edge the point is on the boundary of both RING (its hole) and CORE (its outer ring).
        var layer = Layers.FromWkt("lsoa",
            ("RING", "POLYGON ((0 0, 30 0, 30 30, 0 30, 0 0), (10 10, 20 10, 20 20, 10 20, 10 10))"),
            ("CORE", "POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10))"));

        Assert.Equal("CORE", new AreaLocator(layer).Locate(x, y)?.Code);
    }

    [Fact]
    public void Locate_PointOnTheEdgeOfAnEmptyHole_BelongsToTheAreaAroundIt()
    {
        var layer = Layers.FromWkt("lsoa", ("RING", "POLYGON ((0 0, 30 0, 30 30, 0 30, 0 0), (10 10, 20 10, 20 20, 10 20, 10 10))"));
        var locator = new AreaLocator(layer);

        Assert.Equal("RING", locator.Locate(15, 10)?.Code);
        Assert.Equal("RING", locator.Locate(10, 10)?.Code);
        Assert.Null(locator.Locate(15, 15));
    }
}
