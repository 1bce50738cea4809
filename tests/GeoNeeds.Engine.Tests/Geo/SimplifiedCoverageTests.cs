using System.Globalization;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Tests.Join;
using NetTopologySuite.Coverage;

namespace GeoNeeds.Engine.Tests.Geo;

public class SimplifiedCoverageTests
{
    [Fact]
    public void Of_WigglySharedEdge_SimplifiesItOnceForBothAreas()
    {
        // The shared edge x = 500 wiggles by 1 m every 100 m; at 20 m tolerance the wiggles go, on both sides alike.
        var wiggle = "500 0, 501 100, 500 200, 501 300, 500 400, 501 500, 500 600, 501 700, 500 800, 501 900, 500 1000";
        var layer = Layers.FromWkt("lsoa",
            ("A", $"POLYGON ((430000 280000, {Shift(wiggle, 430000, 280000)}, 430000 281000, 430000 280000))"),
            ("B", $"POLYGON (({Shift(wiggle, 430000, 280000)}, 431000 281000, 431000 280000, 430500 280000))"));

        var simplified = SimplifiedCoverage.Of(layer, 20);

        Assert.True(CoverageValidator.IsValid([.. simplified.Areas.Select(a => a.Geometry)]));
        Assert.True(simplified.Areas.Sum(a => a.Geometry.NumPoints) < layer.Areas.Sum(a => a.Geometry.NumPoints));
        Assert.Equal(layer.Areas.Sum(a => a.Geometry.Area), simplified.Areas.Sum(a => a.Geometry.Area), 1e-6);
    }

    [Fact]
    public void Of_DemoLsoas_StaysAGapFreeCoverageWithFewerVertices()
    {
        var layer = BoundaryReader.Read(
            Path.Combine(RepositoryFolder.Path, "data", "boundaries", "lsoa.geojson"),
            new BoundaryReadOptions { CodeField = "LSOA_CODE", NameField = "LSOA_NAME" });

        var simplified = SimplifiedCoverage.Of(layer, 20);

        // Gaps narrower than 1 m between areas would be reported as invalid edges (CoverageValidator's gap width).
        var gridded = simplified.ReprojectedTo(CoordinateSystem.BritishNationalGrid).Areas.Select(a => a.Geometry).ToArray();
        Assert.Equal(layer.Count, simplified.Count);
        Assert.False(CoverageValidator.HasInvalidResult(CoverageValidator.Validate(gridded, 1.0)));
        Assert.True(simplified.Areas.Sum(a => a.Geometry.NumPoints) < layer.Areas.Sum(a => a.Geometry.NumPoints));
        Assert.Equal(layer.CoordinateSystem, simplified.CoordinateSystem);
    }

    private static string Shift(string points, int x, int y) => string.Join(", ", points.Split(", ").Select(p => p.Split(' ')).Select(p => $"{int.Parse(p[0], CultureInfo.InvariantCulture) + x} {int.Parse(p[1], CultureInfo.InvariantCulture) + y}"));
}
