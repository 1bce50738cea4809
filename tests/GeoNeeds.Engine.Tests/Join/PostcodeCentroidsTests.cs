using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Postcodes;
using GeoNeeds.Engine.Join;

namespace GeoNeeds.Engine.Tests.Join;

public class PostcodeCentroidsTests
{
    private const string Onspd = "pcd,oseast1m,osnrth1m,doterm,population\n"
        + "ZZ1 1AA,412345,287654,,40\nZZ1 1AB,412400,287700,201904,\nZZ1 1AD,,,,12\n";

    [Fact]
    public void ReadCsv_DotermAndPopulationColumns_MarkTerminatedPostcodesAndReadResidents()
    {
        var lookup = PostcodeLookupReader.ReadCsv(TestFiles.Write("onspd.csv", Onspd));

        Assert.False(lookup.Find("ZZ1 1AA")!.Terminated);
        Assert.True(lookup.Find("ZZ1 1AB")!.Terminated);
        Assert.Equal(40, lookup.Find("ZZ1 1AA")!.Population);
        Assert.Null(lookup.Find("ZZ1 1AB")!.Population);
    }

    [Fact]
    public void From_LookupWithTerminatedAndUnlocatedPostcodes_KeepsLiveLocatedOnesAndCountsTheRest()
    {
        var centroids = PostcodeCentroids.From(PostcodeLookupReader.ReadCsv(TestFiles.Write("onspd.csv", Onspd)));

        Assert.Equal(["ZZ1 1AA"], centroids.Points.Select(p => p.Postcode));
        Assert.Equal((1, 1), (centroids.Terminated, centroids.WithoutCoordinates));
    }

    [Fact]
    public void From_TerminatedAskedFor_KeepsThem()
    {
        var centroids = PostcodeCentroids.From(PostcodeLookupReader.ReadCsv(TestFiles.Write("onspd.csv", Onspd)), includeTerminated: true);

        Assert.Equal(["ZZ1 1AA", "ZZ1 1AB"], centroids.Points.Select(p => p.Postcode));
    }

    [Fact]
    public void From_LonLatLookup_GivesBritishNationalGridMetres()
    {
        // Code-Point gives CV1 1DD at 433297, 278969; its lon/lat here comes from the same transformation, so the
        // point must come back to the metre.
        var (lon, lat) = CoordinateTransform.Between(CoordinateSystem.BritishNationalGrid, CoordinateSystem.Wgs84).Apply(433_297, 278_969);
        var lookup = PostcodeLookupReader.ReadCsv(TestFiles.Write("ll.csv", FormattableString.Invariant($"pcds,long,lat\nCV1 1DD,{lon:0.0000000},{lat:0.0000000}\n")));

        var point = Assert.Single(PostcodeCentroids.From(lookup).Points);

        Assert.Equal(433_297, point.X, 1.0);
        Assert.Equal(278_969, point.Y, 1.0);
    }
}
