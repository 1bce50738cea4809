using FsCheck;
using FsCheck.Xunit;
using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries;

namespace GeoNeeds.Synthetic.Tests;

[Collection(GeneratedDemoTownCollection.Name)]
public class TownGeographyTests(GeneratedDemoTown town)
{
    [Fact]
    public void LsoaBoundaries_DefaultSeed_HaveAboutOneHundredUniqueCodes()
    {
        var codes = town.Lsoas.Select(lsoa => lsoa.Code).ToList();

        Assert.Equal(100, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void LsoaBoundaries_DefaultSeed_AreValidSinglePolygons()
    {
        Assert.All(town.Lsoas, lsoa =>
        {
            Assert.IsType<Polygon>(lsoa.Geometry);
            Assert.True(lsoa.Geometry.IsValid, $"{lsoa.Code} is not a valid polygon");
        });
    }

    [Fact]
    public void LsoaBoundaries_DefaultSeed_NeitherOverlapNorLeaveGaps()
    {
        var coverage = town.Lsoas.Select(lsoa => lsoa.Geometry).ToArray();

        // An exact coverage: CoverageValidator reports no mismatched edges or overlaps, and the union covers
        // the authority to within 1 m² of area (expected: identical, the authority is written as that union).
        Assert.True(CoverageValidator.IsValid(coverage));
        var union = CoverageUnion.Union(coverage);
        Assert.Equal(town.Authority.Geometry.Area, union.Area, 1.0);
        Assert.Equal(0, union.SymmetricDifference(town.Authority.Geometry).Area, 1.0);
        Assert.Equal(town.Authority.Geometry.Area, coverage.Sum(lsoa => lsoa.Area), 1.0);
    }

    [Fact]
    public void Wards_DefaultSeed_EachLsoaLiesInExactlyTheWardTheLookupNames()
    {
        var lookup = CsvRows.Read(town.Files.Lookup).ToDictionary(row => row["LSOA11CD"], row => row["WD19CD"]);

        Assert.All(town.Lsoas, lsoa =>
        {
            var inside = lsoa.Geometry.InteriorPoint;
            var wards = town.Wards.Where(ward => ward.Geometry.Contains(inside)).Select(ward => ward.Code).ToList();
            Assert.Equal([lookup[lsoa.Code]], wards);
            Assert.True(town.Wards.Single(ward => ward.Code == lookup[lsoa.Code]).Geometry.Covers(lsoa.Geometry), $"{lsoa.Code} is not inside its ward");
        });
    }

    [Fact]
    public void Wards_DefaultSeed_AreTwelveContiguousAreasCoveringTheTown()
    {
        Assert.Equal(12, town.Wards.Count);
        Assert.All(town.Wards, ward => Assert.IsType<Polygon>(ward.Geometry));
        Assert.True(CoverageValidator.IsValid(town.Wards.Select(ward => ward.Geometry).ToArray()));
        Assert.Equal(town.Authority.Geometry.Area, town.Wards.Sum(ward => ward.Geometry.Area), 1.0);
    }

    [Fact]
    public void Authority_DefaultSeed_LiesInTheNorthSeaAroundTheTownCentre()
    {
        // The centre E 560000, N 480000 is open sea ~35 km east of Flamborough Head (E 525500); the town is
        // ~7 km across, so nothing may reach west of E 550000.
        var extent = town.Authority.Geometry.EnvelopeInternal;

        Assert.True(town.Authority.Geometry.Contains(new Point(560_000, 480_000)));
        Assert.InRange(extent.MinX, 550_000, 560_000);
        Assert.InRange(extent.MaxX, 560_000, 570_000);
        Assert.InRange(extent.Area / 1e6, 20, 60);
    }

    [Fact]
    public void LsoaBoundaries_DefaultSeed_AreSmallerInTheCentreThanAtTheEdge()
    {
        var byDistance = town.Lsoas.OrderBy(lsoa => lsoa.Geometry.Centroid.Distance(new Point(560_000, 480_000))).ToList();

        var innerMedian = byDistance.Take(25).Select(lsoa => lsoa.Geometry.Area).Order().ElementAt(12);
        var outerMedian = byDistance.TakeLast(25).Select(lsoa => lsoa.Geometry.Area).Order().ElementAt(12);

        Assert.True(outerMedian > 3 * innerMedian, $"outer median {outerMedian:F0} m² vs inner {innerMedian:F0} m²");
    }

    [Property(MaxTest = 5)]
    public bool Create_AnySeed_MakesAnExactCoverageOfSinglePolygonsNestedInContiguousWards(int seed)
    {
        var geography = TownGeography.Create(new Random(seed));
        var lsoas = geography.Lsoas.Select(lsoa => (Geometry)lsoa.Geometry).ToArray();

        return lsoas.Length == 100
            && lsoas.All(lsoa => lsoa.IsValid)
            && CoverageValidator.IsValid(lsoas)
            && Math.Abs(geography.Authority.Area - lsoas.Sum(lsoa => lsoa.Area)) < 1.0
            && geography.Wards.All(ward => ward.Geometry is Polygon)
            && geography.Lsoas.All(lsoa => lsoa.Ward.Geometry.Covers(lsoa.Geometry));
    }
}
