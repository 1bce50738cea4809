using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Studies;
using GeoNeeds.Engine.Studies.Needs;

namespace GeoNeeds.Engine.Tests.Studies.Needs;

/// <summary>
/// The representation table (<c>needs.representation</c>) on <see cref="StudyFixture"/>: each LSOA holds 400 men and
/// 600 women aged 30; the west ward's referrals are 20 F, 3 M and 6 without a sex, the east ward's 10 F, 7 M and 8.
/// </summary>
public class RepresentationNeedsTests
{
    private const string Study = ReferralSexFixture.Study + """
        needs:
          representation:
            input: referrals
            level: ward
            ages: 16+
            fields: { sex: sex }
            expected: [{ field: sex, value: F, share: 0.5-0.55 }]
        """;

    private static NeedsTable RunFixture(string study = Study) => ReferralSexFixture.Run(study, "ward_representation.csv");

    private static Dictionary<string, object?> Row(NeedsTable table, string value, string area) =>
        RepresentationLayout.Columns.Zip(table.Rows.Single(r => (string)r[1]! == value && (string)r[2]! == area)).ToDictionary(c => c.First, c => c.Second);

    [Fact]
    public void Representation_TotalRow_ComparesTheShareOfRecordedReferralsWithThePopulationsShare()
    {
        var row = Row(RunFixture(), "F", ProfileNeeds.TotalArea);

        // 30 of the 40 referrals with a sex are women (0.75); women are 2,400 of 4,000 residents (0.6): ratio 1.25,
        // Katz limits 1.0433574184695629 to 1.497569262786223 (reference/representation_reference.py).
        Assert.Equal(30L, row["count"]);
        Assert.Equal(40L, row["compared"]);
        Assert.Equal(0.75, (double)row["share"]!, 12);
        Assert.Equal(2400.0, row["population"]);
        Assert.Equal(0.6, (double)row["population_share"]!, 12);
        Assert.Equal(1.25, (double)row["ratio"]!, 12);
        Assert.Equal(1.0433574184695629, (double)row["ratio_lower_95"]!, 9);
        Assert.Equal(1.497569262786223, (double)row["ratio_upper_95"]!, 9);
    }

    [Fact]
    public void Representation_TotalRow_RatePer100000IsOfTheGroupsPopulation()
    {
        // 30 women referred of 2,400: 1,250 per 100,000.
        Assert.Equal(1250.0, (double)Row(RunFixture(), "F", ProfileNeeds.TotalArea)["rate_per_100000"]!, 9);
    }

    [Fact]
    public void Representation_ShareAboveTheExpectedRange_IsAbove()
    {
        // 30 of 40, Wilson lower limit 0.598 (reference/representation_reference.py): above 0.5-0.55.
        var row = Row(RunFixture(), "F", ProfileNeeds.TotalArea);

        Assert.Equal("0.5-0.55", row["expected_share"]);
        Assert.Equal("above", row["against_expected"]);
    }

    [Fact]
    public void Representation_ValueOutsideTheShares_HasItsCountAndNoShare()
    {
        var row = Row(RunFixture(), ProfileNeeds.NotRecorded, ProfileNeeds.TotalArea);

        Assert.Equal(14L, row["count"]);
        Assert.Null(row["compared"]);
        Assert.Null(row["share"]);
    }

    [Fact]
    public void Representation_ComparedReferralsThatWouldGiveAWithheldCountAway_AreWithheld()
    {
        // The west ward's 3 men are withheld, and so enough of its 20 women and 6 without a sex that neither can be
        // worked out; its 23 with a sex would then give them away from the ward's 29, so they are withheld too.
        var table = RunFixture();

        Assert.Equal(DisclosureMark, Row(table, "M", "X05000001")["compared"]);
        Assert.Equal(DisclosureMark, Row(table, "M", "X05000001")["count"]);
    }

    [Fact]
    public void Representation_AnyRowWithAWithheldCountOrComparedTotal_ShowsNoShareRatioRateOrComparison()
    {
        var rows = RunFixture().Rows.Select(r => RepresentationLayout.Columns.Zip(r).ToDictionary(c => c.First, c => c.Second)).ToList();

        var withheld = rows.Where(r => Equals(r["count"], DisclosureMark) || Equals(r["compared"], DisclosureMark)).ToList();
        Assert.NotEmpty(withheld);
        Assert.All(withheld, r => Assert.Equal([null, null, null, null], new[] { r["share"], r["ratio"], r["rate_per_100000"], r["against_expected"] }));
        Assert.All(withheld.Where(r => r["compared"] is not null), r => Assert.NotNull(r["population_share"]));
    }

    [Fact]
    public void Validate_PopulationGroupNotAgeOrSex_NamesTheKey()
    {
        var study = Study.Replace("fields: { sex: sex }", "fields: { sex: gender }", StringComparison.Ordinal);

        var error = Assert.Throws<InputDataException>(() => RunFixture(study));

        Assert.EndsWith(": needs.representation.fields.sex: 'gender' is not a population group; give age (values are age bands), sex or a population table (a .csv file: area_code, group, population)", error.Message);
    }

    [Fact]
    public void Validate_ExpectedShareNotAShare_NamesTheKey()
    {
        var study = Study.Replace("share: 0.5-0.55", "share: 50-60", StringComparison.Ordinal);

        var error = Assert.Throws<InputDataException>(() => RunFixture(study));

        Assert.EndsWith(": needs.representation.expected[0].share: '50-60' is not a share between 0 and 1 or a range such as 0.28-0.40", error.Message);
    }

    private const string DisclosureMark = GeoNeeds.Engine.Publish.Disclosure.DisclosureDecision.WithheldMark;
}
