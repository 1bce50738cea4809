using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Postcodes;
using GeoNeeds.Engine.Io.Referrals;

namespace GeoNeeds.Engine.Join;

/// <summary>
/// Places referrals in areas by their postcode. A postcode whose lookup row carries an area code of the
/// study's layer uses it; otherwise its coordinates are joined spatially. This matters because postcode
/// directories now carry 2021 LSOA codes, about a fifth of which do not exist among 2011 LSOAs.
/// </summary>
public sealed class ReferralGeocoder
{
    private readonly PostcodeLookup _postcodes;
    private readonly AreaLocator _locator;
    private readonly IReadOnlyDictionary<string, string>? _areaOfPostcode;

    /// <param name="postcodes">The postcode lookup.</param>
    /// <param name="locator">The areas to place referrals in.</param>
    /// <param name="areaOfPostcode">
    /// The area of the locator's layer drawn for each postcode, when the areas are made of postcodes' own polygons:
    /// used before the lookup's area code and coordinates, as postcodes sharing one point share it in slices.
    /// </param>
    public ReferralGeocoder(PostcodeLookup postcodes, AreaLocator locator, IReadOnlyDictionary<string, string>? areaOfPostcode = null)
    {
        _postcodes = postcodes;
        _locator = locator;
        _areaOfPostcode = areaOfPostcode;
    }

    /// <summary>Referrals placed by the lookup's own area code or the postcode's own polygon.</summary>
    public long PlacedByCode { get; private set; }

    /// <summary>Referrals placed by the postcode's coordinates.</summary>
    public long PlacedByCoordinates { get; private set; }

    /// <summary>
    /// Counts each referral in its area by the month and category <paramref name="breakdown"/> picks from it,
    /// recording outcomes in <paramref name="account"/>; and, for each field in <paramref name="byField"/>, counts it
    /// again there with the field's value (empty when absent) as its category.
    /// </summary>
    public void Join(IEnumerable<ReferralRecord> referrals, string input, string file, Func<ReferralRecord, (string? Month, string? Category)> breakdown, InputAccount account, EventCounts counts,
        IReadOnlyDictionary<string, EventCounts>? byField = null)
    {
        foreach (var referral in referrals)
        {
            var (area, reason) = Place(referral.Postcode);
            if (area is null)
            {
                account.Reject(new Rejection(input, file, referral.Line, "postcode", reason, $"postcode '{referral.Postcode}'"));
                continue;
            }

            account.CountMatched();
            var (month, category) = breakdown(referral);
            counts.Add(area.Code, month, category);
            foreach (var (field, fieldCounts) in byField ?? new Dictionary<string, EventCounts>())
            {
                fieldCounts.Add(area.Code, month, referral.Fields.GetValueOrDefault(field));
            }
        }
    }

    /// <summary>The area of <paramref name="postcode"/>, or <c>null</c> with the rejection reason why it places in none.</summary>
    public (Area? Area, string Reason) Place(string postcode)
    {
        var location = _postcodes.Find(postcode);
        if (location is null)
        {
            return (null, RejectionReason.PostcodeNotFound);
        }

        if ((_areaOfPostcode?.GetValueOrDefault(location.Postcode) ?? location.LsoaCode) is { } code && _locator.Layer.Find(code) is { } coded)
        {
            PlacedByCode++;
            return (coded, "");
        }

        if (location is { X: { } x, Y: { } y, CoordinateSystem: { } system })
        {
            var (lx, ly) = CoordinateTransform.Between(system, _locator.Layer.CoordinateSystem).Apply(x, y);
            var located = _locator.Locate(lx, ly);
            if (located is not null)
            {
                PlacedByCoordinates++;
            }

            return (located, RejectionReason.OutsideStudyArea);
        }

        return (null, RejectionReason.PostcodeWithoutLocation);
    }
}
