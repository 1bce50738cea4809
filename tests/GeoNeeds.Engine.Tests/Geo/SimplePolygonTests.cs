using FsCheck.Xunit;
using GeoNeeds.Engine.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoNeeds.Engine.Tests.Geo;

public class SimplePolygonTests
{
    [Theory]
    [InlineData("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))")]
    [InlineData("POLYGON ((0 0, 4 0, 4 4, 2 1, 0 4, 0 0))")]
    [InlineData("POLYGON ((0 0, 1 0, 0 1, 0 0))")]
    public void IsProvenValid_SimpleRingWithoutHoles_IsTrue(string wkt) =>
        Assert.True(SimplePolygon.IsProvenValid(Read(wkt)));

    /// <remarks>
    /// Each is something the quick proof leaves to the full check: a bow-tie (invalid), a ring touching itself at
    /// a vertex (invalid), a spike doubling back along an edge (invalid), a repeated vertex (valid but not proven),
    /// a hole, and two parts.
    /// </remarks>
    [Theory]
    [InlineData("POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))")]
    [InlineData("POLYGON ((0 0, 4 0, 2 2, 4 4, 0 4, 2 2, 0 0))")]
    [InlineData("POLYGON ((0 0, 4 0, 4 4, 4 2, 0 4, 0 0))")]
    [InlineData("POLYGON ((0 0, 1 0, 1 0, 1 1, 0 1, 0 0))")]
    [InlineData("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 3 2, 3 3, 2 2))")]
    [InlineData("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))")]
    public void IsProvenValid_RingItCannotSettle_IsFalse(string wkt) =>
        Assert.False(SimplePolygon.IsProvenValid(Read(wkt)));

    /// <summary>Whatever ring it is given, a proof of validity is never wrong: NetTopologySuite's full check agrees.</summary>
    [Property(MaxTest = 500)]
    public bool IsProvenValid_AnyRing_ImpliesIsValid((sbyte X, sbyte Y)[] points)
    {
        if (points.Length < 3)
        {
            return true;
        }

        var ring = points.Append(points[0]).Select(p => new Coordinate(p.X % 8, p.Y % 8)).ToArray();
        var polygon = new GeometryFactory().CreatePolygon(ring);
        return !SimplePolygon.IsProvenValid(polygon) || polygon.IsValid;
    }

    /// <summary>Star-shaped rings (vertices in angle order around a centre) are simple, so the proof must find them so.</summary>
    [Property(MaxTest = 200)]
    public bool IsProvenValid_StarShapedRing_IsTrue(byte[] radii)
    {
        if (radii.Length < 3)
        {
            return true;
        }

        var ring = radii.Select((r, i) => new Coordinate(
            (10 + r) * Math.Cos(2 * Math.PI * i / radii.Length), (10 + r) * Math.Sin(2 * Math.PI * i / radii.Length))).ToList();
        ring.Add(ring[0]);
        return SimplePolygon.IsProvenValid(new GeometryFactory().CreatePolygon([.. ring]));
    }

    private static Geometry Read(string wkt) => new WKTReader().Read(wkt);
}
