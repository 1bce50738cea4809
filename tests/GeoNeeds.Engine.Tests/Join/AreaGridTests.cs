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

    [Theory]
    [InlineData(4, 4, 0)]
    [InlineData(12, 4, 1)]
    [InlineData(20, 4, 2)]
    [InlineData(8, 4, 0)]
    [InlineData(16, 0, 1)]
    [InlineData(12, 8, 1)]
    [InlineData(24, 8, 2)]
    [InlineData(24, 4, 2)]
    [InlineData(24.000001, 4, -1)]
    [InlineData(12, 8.000001, -1)]
    public void Locate_PointOnAGridCellEdge_FindsTheAreaItLiesIn(double x, double y, int expected)
    {
        // Three 8 × 8 squares in a row: cells are half the median envelope, 4 wide, from (0, 0), so every x and y
        // here is on a cell edge; x = 24 and y = 8 are on the last edges, where a point falls in the extra
        // column or row that only the envelopes ending there reach. On a shared edge the lower index is preferred.
        var reader = new WKTReader();
        var grid = new AreaGrid([
            reader.Read("POLYGON ((0 0, 8 0, 8 8, 0 8, 0 0))"),
            reader.Read("POLYGON ((8 0, 16 0, 16 8, 8 8, 8 0))"),
            reader.Read("POLYGON ((16 0, 24 0, 24 8, 16 8, 16 0))"),
        ]);

        Assert.Equal((3, 2), (grid.Rows, grid.Row(8)));
        Assert.Equal(expected, grid.Locate(x, y, (candidate, chosen) => candidate < chosen));
    }
}
