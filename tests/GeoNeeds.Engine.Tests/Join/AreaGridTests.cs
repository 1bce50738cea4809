using FsCheck.Xunit;
using GeoNeeds.Engine.Join;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO;

namespace GeoNeeds.Engine.Tests.Join;

public class AreaGridTests
{
    /// <summary>
    /// The grid places a point exactly where NetTopologySuite's indexed locator does — inside, outside, or on an
    /// edge or vertex — for any polygon; points on the small integer lattice of the ring hit edges and vertices often.
    /// </summary>
    [Property(MaxTest = 300)]
    public bool LocateIn_AnyPolygonAnyPoint_AgreesWithIndexedPointInAreaLocator((sbyte X, sbyte Y)[] ring, (sbyte X, sbyte Y)[] points)
    {
        if (ring.Length < 3)
        {
            return true;
        }

        var coordinates = ring.Append(ring[0]).Select(p => new Coordinate(p.X % 12, p.Y % 12)).ToArray();
        var polygon = GeometryFixer.Fix(new GeometryFactory().CreatePolygon(coordinates));
        if (polygon.IsEmpty)
        {
            return true;
        }

        var grid = new AreaGrid([polygon]);
        var locator = new IndexedPointInAreaLocator(polygon);
        return points.All(p => grid.LocateIn(0, p.X % 14, p.Y % 14) == locator.Locate(new Coordinate(p.X % 14, p.Y % 14)));
    }

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
