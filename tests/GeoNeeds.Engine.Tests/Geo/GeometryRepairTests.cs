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

    /// <remarks>
    /// Expected areas by hand. Bow-tie: lobes (0 0, 1 1, 0 2) and (2 0, 1 1, 2 2) are triangles of base 2 and height 1,
    /// area 1 each. Hole outside its shell: GeometryFixer's documented rule makes such a hole a polygon of its own, so
    /// the 10 × 10 shell (100) loses nothing and the stray 2 × 2 ring (4) becomes a second part. Hole crossing its
    /// shell: the part of the hole inside the shell, 5 × 2 = 10, is cut from the shell's 100.
    /// </remarks>
    [Theory]
    [InlineData("POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))", 2, 2.0)]
    [InlineData("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (20 20, 22 20, 22 22, 20 22, 20 20))", 2, 104.0)]
    [InlineData("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (5 5, 15 5, 15 7, 5 7, 5 5))", 1, 90.0)]
    public void Repair_InvalidPolygon_KeepsAsMuchOfItsExtentAsIsValid(string wkt, int parts, double area)
    {
        var result = GeometryRepair.Repair(Read(wkt), out var repaired);

        Assert.True(repaired);
        Assert.True(result.IsValid);
        Assert.Equal(parts, result.NumGeometries);
        Assert.Equal(area, result.Area, 1e-12);
    }

    [Fact]
    public void Repair_RingOfCollinearPoints_ReturnsEmpty()
    {
        var result = GeometryRepair.Repair(Read("POLYGON ((0 0, 1 1, 2 2, 0 0))"), out var repaired);

        Assert.True(repaired);
        Assert.True(result.IsEmpty);
    }

    /// <remarks>
    /// The bow-tie's two lobes have shoelace areas +1 and -1, so its area before is 0 and after 2 (see above); the
    /// hole crossing its shell takes 20 of the shell's 100 before the repair and 10 after it, an increase of 12.5%.
    /// </remarks>
    [Theory]
    [InlineData("POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))", "feature 3 (X01000003 Bow): self-intersection at (1, 1), area was 0, is 2")]
    [InlineData("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (5 5, 15 5, 15 7, 5 7, 5 5))", "feature 3 (X01000003 Bow): self-intersection at (10, 5), area changed by +12.5%")]
    public void Describe_InvalidPolygon_NamesTheFeatureTheFaultWhereAndTheAreaChange(string wkt, string expected)
    {
        var original = Read(wkt);

        var report = GeometryRepair.Describe(3, "X01000003", "Bow", original, GeometryRepair.Repair(original, out _));

        Assert.Equal(expected, report.ToString());
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

    [Fact]
    public void Repair_RingWithManyCrossingsTheFixerLeavesInvalid_IsValidPolygonal()
    {
        // Found by Repair_AnyRing_GivesValidPolygonalGeometry: NTS's GeometryFixer alone returned a MultiPolygon
        // still self-intersecting near (-72.25, -38.51).
        (int X, int Y)[] points = [(-9, -58), (-48, -106), (-87, 64), (-100, 123), (-1, -107), (23, -33), (-105, -110), (45, -50), (78, -122), (-89, 43), (-5, -41), (19, -99), (-112, -118), (-11, 84), (-113, 91), (-104, 5), (3, 73), (46, 15), (-33, 99), (-124, 2), (-95, -12), (-61, 30), (-51, 119), (-108, -126), (32, 112), (124, 98), (-79, -52), (-54, -2), (-48, -17), (-64, -67), (-117, 116), (-111, 112), (-110, -15)];
        var ring = points.Append(points[0]).Select(p => new Coordinate(p.X, p.Y)).ToArray();

        var result = GeometryRepair.Repair(new GeometryFactory().CreatePolygon(ring), out var repaired);

        Assert.True(repaired);
        Assert.True(result.IsValid);
        Assert.IsType<MultiPolygon>(result);
    }

    private static Geometry Read(string wkt) => new WKTReader().Read(wkt);
}
