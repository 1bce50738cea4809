using GeoNeeds.Engine.Join;
using NetTopologySuite.IO;

namespace GeoNeeds.Engine.Tests.Join;

public class AreaGridTests
{
    [Theory]
    [InlineData(5, 5, 0)]
    [InlineData(15, 5, 1)]
    [InlineData(10, 5, 0)]
    [InlineData(25, 5, -1)]
    [InlineData(double.NaN, 5, -1)]
    public void Locate_TwoSquares_FindsTheSquareOrNone(double x, double y, int expected)
    {
        var reader = new WKTReader();
        var grid = new AreaGrid([reader.Read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"), reader.Read("POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))")]);

        // On the shared edge x = 10 both are candidates; the preference (the lower index here) decides.
        Assert.Equal(expected, grid.Locate(x, y, (candidate, chosen) => candidate < chosen));
    }
}
