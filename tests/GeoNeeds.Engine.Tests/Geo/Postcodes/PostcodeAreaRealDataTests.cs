using System.Diagnostics;
using GeoNeeds.Engine.Geo.Postcodes;
using GeoNeeds.Engine.Io.Boundaries;
using GeoNeeds.Engine.Io.Postcodes;
using GeoNeeds.Engine.Join;
using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries;

namespace GeoNeeds.Engine.Tests.Geo.Postcodes;

/// <summary>Coventry's postcode districts from the real Code-Point Open points, cut to Coventry's 195 LSOAs.</summary>
public class PostcodeAreaRealDataTests
{
    private static readonly Lazy<(PostcodeCentroids Points, GeoNeeds.Engine.Geo.AreaLayer Lsoas)> Coventry = new(() => (
        PostcodeCentroids.From(PostcodeLookupReader.ReadCodePoint(SharedData.Require("postcodes/codepoint-open-2014.3/cv.csv"))),
        BoundaryReader.Read(SharedData.Require("boundaries/lsoa11_E08000026.geojson"), new BoundaryReadOptions { CodeField = "LSOA11CD" })));

    [SkippableFact]
    public void Districts_Coventry_AreCv1ToCv8AndHoldEveryPostcodeOfTheirOwnDistrict()
    {
        var (points, lsoas) = Coventry.Value;

        var districts = PostcodeAreaBuilder.Build(points.Points, lsoas, PostcodeLevel.District);

        Assert.Equal(["CV1", "CV2", "CV3", "CV4", "CV5", "CV6", "CV7", "CV8"], districts.Layer.Areas.Select(a => a.Code));
        Assert.Empty(MisplacedPostcodes(points.Points, districts));
    }

    [SkippableFact]
    public void Units_Coventry_TileTheLsoasWithNoGapOrOverlapAndEachPostcodeInItsOwnCell()
    {
        var (points, lsoas) = Coventry.Value;
        var clock = Stopwatch.StartNew();

        var units = PostcodeAreaBuilder.Build(points.Points, lsoas, PostcodeLevel.Unit);

        var seconds = clock.Elapsed.TotalSeconds;
        // Coventry's generalised LSOAs leave slivers between neighbours and have inlets under a metre wide, so the units
        // are validated LSOA by LSOA for overlaps and unmatched edges, and for gaps by their areas summing to the LSOA's.
        var bng = lsoas.ReprojectedTo(GeoNeeds.Engine.Geo.CoordinateSystem.BritishNationalGrid);
        foreach (var lsoa in units.Members.GroupBy(m => m.ClipCode))
        {
            var cells = lsoa.Select(m => units.Layer.Find(m.AreaCode)!.Geometry).ToArray();
            Assert.False(CoverageValidator.HasInvalidResult(CoverageValidator.Validate(cells)), lsoa.Key);
            Assert.Equal(bng.Find(lsoa.Key)!.Geometry.Area, cells.Sum(c => c.Area), 1.0);
        }

        Assert.Equal(bng.Count, units.Members.Select(m => m.ClipCode).Distinct().Count() + units.EmptyClipAreas.Count);
        var byPostcode = points.Points.ToDictionary(p => p.Postcode);
        Assert.All(units.Members, m => Assert.True(units.Layer.Find(m.AreaCode)!.Geometry.Covers(Point(byPostcode[m.Postcode])), m.Postcode));
        Assert.True(seconds < 60, $"building Coventry's units took {seconds:0.0} s");
    }

    /// <summary>Postcodes whose point lies in a district polygon other than their own district's.</summary>
    private static IEnumerable<string> MisplacedPostcodes(IReadOnlyList<PostcodeCentroid> points, PostcodeAreas districts)
    {
        var inside = points.ToDictionary(p => p.Postcode);
        foreach (var member in districts.Members)
        {
            var own = districts.Layer.Find(PostcodeParts.CodeAt(member.Postcode, PostcodeLevel.District));
            if (own is null || !own.Geometry.Covers(Point(inside[member.Postcode])))
            {
                yield return member.Postcode;
            }
        }
    }

    private static Point Point(PostcodeCentroid c) => new GeometryFactory().CreatePoint(new Coordinate(c.X, c.Y));
}
