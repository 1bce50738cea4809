using FsCheck.Xunit;
using GeoNeeds.Engine.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoNeeds.Engine.Tests.Geo;

public class GeometryRepairTests
{
    [Fact]
    public void Repair_ValidPolygon_ReturnsTheSameGeometryUnrepaired()
    {
        var square = Read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");

        var result = GeometryRepair.Repair(square, out var repaired);

        Assert.False(repaired);
        Assert.Same(square, result);
    }

    [Fact]
    public void Repair_BowTie_KeepsBothLobes()
    {
        // Lobes (0 0, 1 1, 0 2) and (2 0, 1 1, 2 2): triangles of base 2 and height 1, area 1 each.
        var result = GeometryRepair.Repair(Read("POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))"), out var repaired);

        Assert.True(repaired);
        Assert.True(result.IsValid);
        Assert.Equal(2, result.NumGeometries);
        Assert.Equal(2.0, result.Area, 1e-12);
    }

    [Fact]
    public void Repair_HoleOutsideItsShell_KeepsTheShellAndMakesTheHoleAPart()
    {
        // GeometryFixer's documented rule: holes outside the shell become polygons. So the 10 × 10 shell (100)
        // loses nothing and the stray 2 × 2 ring becomes a second part (4): 104 in all.
        var result = GeometryRepair.Repair(Read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (20 20, 22 20, 22 22, 20 22, 20 20))"), out var repaired);

        Assert.True(repaired);
        Assert.True(result.IsValid);
        Assert.Equal(2, result.NumGeometries);
        Assert.Equal(104.0, result.Area, 1e-12);
    }

    [Fact]
    public void Repair_RingOfCollinearPoints_ReturnsEmpty()
    {
        var result = GeometryRepair.Repair(Read("POLYGON ((0 0, 1 1, 2 2, 0 0))"), out var repaired);

        Assert.True(repaired);
        Assert.True(result.IsEmpty);
    }

    /// <summary>Whatever ring it is given, the result is valid and polygonal, and only invalid input counts as repaired.</summary>
    [Property(MaxTest = 300)]
    public bool Repair_AnyRing_GivesValidPolygonalGeometry((sbyte X, sbyte Y)[] points)
    {
        if (points.Length < 3)
        {
            return true;
        }

        var ring = points.Append(points[0]).Select(p => new Coordinate(p.X, p.Y)).ToArray();
        var polygon = new GeometryFactory().CreatePolygon(ring);

        var result = GeometryRepair.Repair(polygon, out var repaired);

        return result.IsValid && result is Polygon or MultiPolygon && repaired == !polygon.IsValid;
    }

    private static Geometry Read(string wkt) => new WKTReader().Read(wkt);
}
