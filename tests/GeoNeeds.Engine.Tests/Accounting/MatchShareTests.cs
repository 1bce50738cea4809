using GeoNeeds.Engine.Accounting;

namespace GeoNeeds.Engine.Tests.Accounting;

public class MatchShareTests
{
    [Fact]
    public void Shortfall_NothingMatched_SaysSoWithTheReasons()
    {
        var account = Account(matched: 0, outside: 2, noLocation: 1);

        Assert.Equal("input 'incidents' matched none of its 3 rows to an area (rejected: no_location 1, outside_study_area 2); check that the inputs and the boundaries cover the same place, in the coordinate systems they state",
            MatchShare.Shortfall(account, MatchShare.DefaultMinimum));
    }

    [Fact]
    public void Shortfall_UnderTheMinimumOfLocatedRows_GivesTheShares()
    {
        // 1 matched of 1 + 3 located (rows without a location do not count against the share): 25%.
        var account = Account(matched: 1, outside: 3, noLocation: 50);

        Assert.Equal("input 'incidents' matched 1 of its 4 located rows to an area (25%), under the minimum share of 50% (min_match_share); check that the inputs and the boundaries cover the same place",
            MatchShare.Shortfall(account, 0.5));
    }

    [Theory]
    [InlineData(1, 1, 0.5)]
    [InlineData(1, 3, 0.25)]
    [InlineData(0, 0, 0.5)]
    [InlineData(1, 9, 0)]
    public void Shortfall_AtOrAboveTheMinimumOrNothingRead_IsNull(int matched, int outside, double minimum)
    {
        Assert.Null(MatchShare.Shortfall(Account(matched, outside, noLocation: 0), minimum));
    }

    private static InputAccount Account(int matched, int outside, int noLocation)
    {
        var account = new InputAccount("incidents");
        account.CountRead(matched + outside + noLocation);
        account.CountMatched(matched);
        account.RejectUnlisted(RejectionReason.OutsideStudyArea, outside);
        account.RejectUnlisted(RejectionReason.NoLocation, noLocation);
        return account;
    }
}
