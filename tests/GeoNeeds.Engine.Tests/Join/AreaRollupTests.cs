using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Join;

namespace GeoNeeds.Engine.Tests.Join;

public class AreaRollupTests
{
    private static readonly AreaLayer Wards = Layers.FromWkt("ward",
        ("W1", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
        ("W2", "POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))"));

    [Fact]
    public void FromInteriorPoints_NestedLsoas_RollUpToTheWardContainingThem()
    {
        // An L-shaped LSOA whose centroid would fall outside it: the interior point keeps it in W1.
        var lsoas = Layers.FromWkt("lsoa",
            ("L1", "POLYGON ((0 0, 10 0, 10 2, 2 2, 2 10, 0 10, 0 0))"),
            ("L2", "POLYGON ((12 2, 18 2, 18 8, 12 8, 12 2))"),
            ("L3", "POLYGON ((30 30, 31 30, 31 31, 30 31, 30 30))"));

        var rollup = AreaRollup.FromInteriorPoints(lsoas, Wards);

        Assert.Equal("W1", rollup.ParentOf("L1"));
        Assert.Equal("W2", rollup.ParentOf("L2"));
        Assert.Equal(["L3"], rollup.Unassigned);
        Assert.Equal("interior-point", rollup.Method);
    }

    [Fact]
    public void FromParentCodes_LsoasCarryingTheirAuthority_RollUpByThatCode()
    {
        var square = new NetTopologySuite.IO.WKTReader().Read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
        var lsoas = new AreaLayer("lsoa", CoordinateSystem.BritishNationalGrid,
            [new Area("L1", "L1", square) { Parent = "A1" }, new Area("L2", "L2", square) { Parent = "A2" }, new Area("L3", "L3", square)]);

        var rollup = AreaRollup.FromParentCodes(lsoas, "lad");

        Assert.Equal("A1", rollup.ParentOf("L1"));
        Assert.Equal("A2", rollup.ParentOf("L2"));
        Assert.Equal(["L3"], rollup.Unassigned);
        Assert.Equal("parent-code", rollup.Method);
    }

    [Fact]
    public void Then_LsoaToWardToAuthority_ComposesTheRollups()
    {
        var lsoas = Layers.FromWkt("lsoa", ("L1", "POLYGON ((1 1, 2 1, 2 2, 1 2, 1 1))"), ("L2", "POLYGON ((11 1, 12 1, 12 2, 11 2, 11 1))"));
        var wardRollup = AreaRollup.FromInteriorPoints(lsoas, Wards);
        var authorityRollup = AreaRollup.FromLookup(Wards, "lad", ward => ward == "W1" ? "LAD1" : null);

        var composed = wardRollup.Then(authorityRollup);

        Assert.Equal("LAD1", composed.ParentOf("L1"));
        Assert.Equal(["L2"], composed.Unassigned);
        Assert.Equal("lad", composed.ParentLayer);
        Assert.Equal("interior-point+lookup", composed.Method);
    }

    [Fact]
    public void FromPostcodeCounts_EachChildGoesWhereMostOfItsPostcodesLie()
    {
        var lsoas = Layers.FromWkt("lsoa", ("L1", "POLYGON ((1 1, 2 1, 2 2, 1 2, 1 1))"), ("L2", "POLYGON ((11 1, 12 1, 12 2, 11 2, 11 1))"));

        var rollup = AreaRollup.FromPostcodeCounts(lsoas, "district", lsoa => lsoa == "L1" ? "CV1" : null);

        Assert.Equal("CV1", rollup.ParentOf("L1"));
        Assert.Equal(["L2"], rollup.Unassigned);
        Assert.Equal("postcode-count", rollup.Method);
    }

    [Fact]
    public void AgreementWith_LookupDifferingForOneLsoa_CountsTheOthers()
    {
        var lsoas = Layers.FromWkt("lsoa", ("L1", "POLYGON ((1 1, 2 1, 2 2, 1 2, 1 1))"), ("L2", "POLYGON ((11 1, 12 1, 12 2, 11 2, 11 1))"));
        var spatial = AreaRollup.FromInteriorPoints(lsoas, Wards);
        var lookup = AreaRollup.FromLookup(lsoas, "ward", _ => "W1");

        Assert.Equal(1, spatial.AgreementWith(lookup));
    }
}
