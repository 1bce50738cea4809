using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Geo.Postcodes;
using GeoNeeds.Engine.Tests.Join;
using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries;

namespace GeoNeeds.Engine.Tests.Geo.Postcodes;

/// <summary>The invariants of derived postcode polygons, over random postcode points in an L-shaped clip layer.</summary>
public class PostcodeAreaPropertyTests
{
    // Three LSOA-like areas with a concave one, so cells are cut by bends as well as straight edges.
    private static readonly AreaLayer Clip = Layers.FromWkt("lsoa",
        ("A", "POLYGON ((0 0, 600 0, 600 300, 300 300, 300 600, 0 600, 0 0))"),
        ("B", "POLYGON ((600 0, 1000 0, 1000 600, 600 600, 600 300, 600 0))"),
        ("C", "POLYGON ((300 300, 600 300, 600 600, 300 600, 300 300))"));

    private static readonly string[] Districts = ["ZZ1", "ZZ2", "ZZ3"];

    [Property(MaxTest = 40)]
    public Property Units_EveryPostcodePointLiesInItsOwnCell() => Prop.ForAll(PointsArbitrary(), points =>
    {
        var areas = PostcodeAreaBuilder.Build(points, Clip, PostcodeLevel.Unit);
        var byPostcode = points.ToDictionary(p => p.Postcode);
        return areas.Members.All(m => areas.Layer.Find(m.AreaCode)!.Geometry.Covers(Point(byPostcode[m.Postcode])));
    });

    /// <summary>A clip area holding no postcode gets no cell, so the layer is tiled only when every area holds one.</summary>
    [Property(MaxTest = 40)]
    public Property Units_TileTheClipLayerWithNoGapOrOverlap() => Prop.ForAll(PointsArbitrary(), points =>
    {
        if (!Clip.Areas.All(area => points.Any(p => area.Geometry.Covers(Point(p)))))
        {
            return true;
        }

        var geometries = PostcodeAreaBuilder.Build(points, Clip, PostcodeLevel.Unit).Layer.Areas.Select(a => a.Geometry).ToArray();
        var union = CoverageUnion.Union(geometries);
        return !CoverageValidator.HasInvalidResult(CoverageValidator.Validate(geometries, 1))
            && Math.Abs(union.Area - 600_000) < 1e-3 && union.Boundary.Length < 3_200.001;
    });

    [Property(MaxTest = 40)]
    public Property Sectors_NestInTheirDistricts() => Prop.ForAll(PointsArbitrary(), points =>
    {
        var sectors = PostcodeAreaBuilder.Build(points, Clip, PostcodeLevel.Sector).Layer;
        var districts = PostcodeAreaBuilder.Build(points, Clip, PostcodeLevel.District).Layer;
        return sectors.Areas.All(s => districts.Find(PostcodeParts.CodeAt(s.Code + "AA", PostcodeLevel.District))?.Geometry
            .Buffer(0.01).Covers(s.Geometry) == true);
    });

    private static Point Point(PostcodeCentroid c) => new GeometryFactory().CreatePoint(new Coordinate(c.X, c.Y));

    /// <summary>2 to 60 postcodes at whole-metre points (Code-Point's resolution), some repeated, a few outside the layer.</summary>
    private static Arbitrary<PostcodeCentroid[]> PointsArbitrary() =>
        Gen.Choose(2, 60).SelectMany(n => Gen.ArrayOf(Gen.Zip(Gen.Choose(-50, 1050), Gen.Choose(-50, 650)), n))
            .Select(xy => xy.Select((p, i) => new PostcodeCentroid($"{Districts[i % 3]} {i % 10}{(char)('A' + (i / 10))}A", p.Item1, p.Item2)).ToArray())
            .ToArbitrary();
}
