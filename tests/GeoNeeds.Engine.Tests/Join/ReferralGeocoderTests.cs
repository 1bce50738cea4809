using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Postcodes;
using GeoNeeds.Engine.Io.Referrals;
using GeoNeeds.Engine.Join;

namespace GeoNeeds.Engine.Tests.Join;

public class ReferralGeocoderTests
{
    // Squares A (x 0–10) and B (x 10–20) in British National Grid; each postcode tests one way of being placed.
    private static readonly PostcodeLookup Postcodes = new(
        new[]
        {
            Location("AB1 1AA", 5, 5, "B"), // the lookup's own code wins over coordinates that lie in A
            Location("AB1 1AB", 15, 5, "E01999999"), // a code the layer lacks (a 2021 LSOA): placed by coordinates, in B
            Location("AB1 1AC", 5, 5, null), // no code: by coordinates, in A
            Location("AB1 1AD", 50, 50, null), // coordinates outside both squares
            new PostcodeLocation("AB1 1AE", null, null, null, null, null), // neither a usable code nor coordinates
        }.ToDictionary(l => l.Postcode),
        0,
        []);

    [Fact]
    public void Join_EachKindOfPostcode_IsPlacedByCodeOrCoordinatesOrRejectedWithItsReason()
    {
        var (geocoder, account, counts, _) = JoinAll();

        Assert.Equal(3, account.Matched);
        Assert.Equal(1, geocoder.PlacedByCode);
        Assert.Equal(2, geocoder.PlacedByCoordinates);
        Assert.Equal(
            [
                new Rejection("referrals", "referrals.csv", 5, "postcode", RejectionReason.OutsideStudyArea, "postcode 'AB1 1AD'"),
                new Rejection("referrals", "referrals.csv", 6, "postcode", RejectionReason.PostcodeWithoutLocation, "postcode 'AB1 1AE'"),
                new Rejection("referrals", "referrals.csv", 7, "postcode", RejectionReason.PostcodeNotFound, "postcode 'ZZ9 9ZZ'"),
            ],
            account.Rejections);
        Assert.Equal([("A", "2025-01", "phone", 1L), ("B", "2025-01", "phone", 1L), ("B", "2025-02", "self", 1L)], counts.Cells);
    }

    [Fact]
    public void Join_FieldsToCountBy_CountEachPlacedReferralAgainWithTheFieldsValue()
    {
        var (_, _, _, byAgency) = JoinAll();

        // The referral from AB1 1AC has no agency: it is counted under an empty category.
        Assert.Equal([("A", "2025-01", "", 1L), ("B", "2025-01", "police", 1L), ("B", "2025-02", "police", 1L)], byAgency.Cells);
    }

    private static (ReferralGeocoder Geocoder, InputAccount Account, EventCounts Counts, EventCounts ByAgency) JoinAll()
    {
        var geocoder = new ReferralGeocoder(Postcodes, new AreaLocator(Layers.TwoSquares()));
        var (account, counts, byAgency) = (new InputAccount("referrals"), new EventCounts(), new EventCounts());
        ReferralRecord[] referrals =
        [
            Referral(2, "AB1 1AA", "2025-01", "phone", "police"),
            Referral(3, "AB1 1AB", "2025-02", "self", "police"),
            Referral(4, "AB1 1AC", "2025-01", "phone", null),
            Referral(5, "AB1 1AD", "2025-01", "phone", "police"),
            Referral(6, "AB1 1AE", "2025-01", "phone", "police"),
            Referral(7, "ZZ9 9ZZ", "2025-01", "phone", "police"),
        ];

        geocoder.Join(referrals, "referrals", "referrals.csv", r => (r.Month, r.Fields["route"]), account, counts,
            new Dictionary<string, EventCounts> { ["agency"] = byAgency });
        return (geocoder, account, counts, byAgency);
    }

    private static PostcodeLocation Location(string postcode, double x, double y, string? lsoa) =>
        new(postcode, x, y, CoordinateSystem.BritishNationalGrid, lsoa, null);

    private static ReferralRecord Referral(long line, string postcode, string month, string route, string? agency)
    {
        var fields = new Dictionary<string, string> { ["route"] = route };
        if (agency is not null)
        {
            fields["agency"] = agency;
        }

        return new ReferralRecord(line, postcode, fields) { Month = month };
    }
}
