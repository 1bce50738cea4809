using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Referrals;

namespace GeoNeeds.Engine.Tests.Io.Referrals;

public class ReferralFileReaderTests
{
    [Fact]
    public void Read_ValidRows_NormalisePostcodesAndCarryTheOtherColumns()
    {
        var path = TestFiles.Write("referrals.csv", "ref,Postcode,Age,Risk level\nR1,zz12ab,34,High\nR2,\"ZZ1  2AD\",19, Medium \n");
        var account = new InputAccount("referrals");

        var referrals = ReferralFileReader.Read(path, "postcode", account).ToList();

        Assert.Equal([(2L, "ZZ1 2AB"), (3L, "ZZ1 2AD")], referrals.Select(referral => (referral.Line, referral.Postcode)));
        Assert.Equal(new Dictionary<string, string> { ["ref"] = "R2", ["Age"] = "19", ["Risk level"] = "Medium" }, referrals[1].Fields);
        Assert.Equal("High", referrals[0].Fields["RISK LEVEL"]);
        Assert.Equal(2, account.Read);
        Assert.Equal(0, account.Rejected);
    }

    [Fact]
    public void Read_EmptyPostcode_RejectsInvalidPostcode()
    {
        var (account, path) = ReadAll("ref,postcode\nR1,\n");

        Assert.Equal(new Rejection("referrals", path, 2, "postcode", RejectionReason.InvalidPostcode, "postcode is empty"), Assert.Single(account.Rejections));
    }

    [Fact]
    public void Read_PostcodeNotInUkFormat_RejectsQuotingTheValue()
    {
        var (account, path) = ReadAll("ref,postcode\nR1,NFA\n");

        Assert.Equal(new Rejection("referrals", path, 2, "postcode", RejectionReason.InvalidPostcode, "'NFA' is not a UK postcode"), Assert.Single(account.Rejections));
    }

    [Fact]
    public void Read_BrokenQuoting_RejectsMalformedRowAndReadsOn()
    {
        var (account, path) = ReadAll("ref,postcode\nR1,\"ZZ1 2AB\"x\nR2,ZZ1 2AD\n");

        Assert.Equal(2, account.Read);
        Assert.Equal(new Rejection("referrals", path, 2, "", RejectionReason.MalformedRow, "broken quoting: text after the closing quote of a field"),
            Assert.Single(account.Rejections));
    }

    [Fact]
    public void Read_MissingPostcodeColumn_ThrowsListingTheHeader()
    {
        var path = TestFiles.Write("referrals.csv", "ref,post code\nR1,ZZ1 2AB\n");

        var error = Assert.Throws<InputDataException>(() => ReferralFileReader.Read(path, "postcode", new InputAccount("referrals")).ToList());

        Assert.Equal($"{path}:1:postcode: missing column 'postcode'; the header has: ref, post code", error.Message);
    }

    [Theory]
    [InlineData("2025-02-30", "'2025-02-30' is not a month or date of the calendar in a form GeoNeeds reads (yyyy-MM, yyyy-MM-dd, dd/MM/yyyy)")]
    [InlineData("April 2025", "'April 2025' is not a month or date of the calendar in a form GeoNeeds reads (yyyy-MM, yyyy-MM-dd, dd/MM/yyyy)")]
    [InlineData("", "received is empty")]
    public void Read_DateNotOfTheCalendar_RejectsInvalidDateAtItsField(string date, string detail)
    {
        var path = TestFiles.Write("referrals.csv", $"ref,postcode,received\nR1,ZZ1 2AB,{date}\nR2,ZZ1 2AD,15/04/2025\n");
        var account = new InputAccount("referrals");

        var referral = Assert.Single(ReferralFileReader.Read(path, "postcode", account, null, "received"));

        Assert.Equal(new Rejection("referrals", path, 2, "received", RejectionReason.InvalidDate, detail), Assert.Single(account.Rejections));
        Assert.Equal((3L, "2025-04"), (referral.Line, referral.Month));
    }

    private static (InputAccount Account, string Path) ReadAll(string content)
    {
        var path = TestFiles.Write("referrals.csv", content);
        var account = new InputAccount("referrals");
        Assert.DoesNotContain(ReferralFileReader.Read(path, "postcode", account), referral => referral.Line == 2);
        return (account, path);
    }
}
