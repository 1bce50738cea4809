using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Points;
using GeoNeeds.Engine.Join;

namespace GeoNeeds.Engine.Tests.Join;

public class PointJoinerTests
{
    private static readonly PointSource GridSource = new("incidents", "points.csv", CoordinateSystem.BritishNationalGrid);

    [Fact]
    public void Join_PointsInsideAndOutside_CountsMatchedAndRejectsOutsideWithLine()
    {
        var joiner = new PointJoiner(new AreaLocator(Layers.TwoSquares()));
        var account = new InputAccount("incidents");
        account.CountRead(3);
        var counts = new EventCounts();

        joiner.Join([new PointRecord(2, 5, 5, "2025-04", "Public order", null), new PointRecord(3, 15, 5, "2025-04", null, null), new PointRecord(4, 99, 99, null, null, null)], GridSource, account, counts);

        Assert.Equal(2, account.Matched);
        Assert.Equal(1, account.RejectedByReason[RejectionReason.OutsideStudyArea]);
        Assert.True(account.Balances);
        Assert.Equal("points.csv:4", account.Rejections.Single().Location);
        Assert.Equal("the location is in no lsoa area", account.Rejections.Single().Detail);
        Assert.Equal(1, counts.InArea("A"));
        Assert.Equal(1, counts.InArea("B"));
    }

    [Fact]
    public void Join_LonLatPointsOnGridLayer_AreReprojectedBeforeLocating()
    {
        // A 2 km square of British National Grid around Coventry city centre (433000..435000 E, 278000..280000 N);
        // -1.5103, 52.4068 (lon/lat) lies inside it, and far from its edges.
        var layer = Layers.FromWkt("lsoa", ("CENTRE", "POLYGON ((433000 278000, 435000 278000, 435000 280000, 433000 280000, 433000 278000))"));
        var joiner = new PointJoiner(new AreaLocator(layer));
        var account = new InputAccount("incidents");
        var counts = new EventCounts();

        joiner.Join([new PointRecord(2, -1.5103, 52.4068, null, null, null)], new PointSource("incidents", "p.csv", CoordinateSystem.Wgs84), account, counts);

        Assert.Equal(1, counts.InArea("CENTRE"));
    }

    [Fact]
    public void Join_SourceCodesPresent_ReportsAgreementWithSpatialAssignment()
    {
        var joiner = new PointJoiner(new AreaLocator(Layers.TwoSquares()));
        var account = new InputAccount("incidents");

        joiner.Join([new PointRecord(2, 5, 5, null, null, "A"), new PointRecord(3, 15, 5, null, null, "A"), new PointRecord(4, 15, 6, null, null, "B"), new PointRecord(5, 5, 6, null, null, "B")], GridSource, account, new EventCounts());

        Assert.Equal(4, joiner.Agreement.Compared);
        Assert.Equal(0.5, joiner.Agreement.RowAgreement);
        // Spatial A=2, B=2; coded A=2, B=2: the two disagreements swap rows, so per-area counts agree fully.
        Assert.Equal(1.0, joiner.Agreement.CountAgreement);
    }

    [Fact]
    public void Join_ByAreaCode_UsesTheSourceCodeAndRejectsUnknownCodes()
    {
        var joiner = new PointJoiner(new AreaLocator(Layers.TwoSquares()), JoinMethod.AreaCode);
        var account = new InputAccount("incidents");
        var counts = new EventCounts();

        joiner.Join([new PointRecord(2, 5, 5, null, null, "B"), new PointRecord(3, 5, 5, null, null, "Z")], GridSource, account, counts);

        Assert.Equal(1, counts.InArea("B"));
        Assert.Equal(0, counts.InArea("A"));
        Assert.Equal(RejectionReason.UnknownAreaCode, account.Rejections.Single().Reason);
        Assert.Equal("area code 'Z' is not in the lsoa layer", account.Rejections.Single().Detail);
    }

    [Fact]
    public void JoinFile_NoColumnsOrNoAccount_IsRefusedAsAMissingArgument()
    {
        var joiner = new PointJoiner(new AreaLocator(Layers.TwoSquares()));

        Assert.Throws<ArgumentNullException>(() => joiner.JoinFile("points.csv", null!, null, new InputAccount("incidents"), new EventCounts()));
        Assert.Throws<ArgumentNullException>(() => joiner.JoinFile("points.csv", PointColumns.PoliceUk, null, null!, new EventCounts()));
    }
}
