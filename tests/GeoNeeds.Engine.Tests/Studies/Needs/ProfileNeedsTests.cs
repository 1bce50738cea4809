using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Studies;
using GeoNeeds.Engine.Studies.Needs;

namespace GeoNeeds.Engine.Tests.Studies.Needs;

/// <summary>Referral profiles (<c>needs.profiles</c>) on <see cref="StudyFixture"/> and on the committed demo town.</summary>
public class ProfileNeedsTests
{
    private const string Study = ReferralSexFixture.Study + """
        needs:
          profiles: { input: referrals, fields: [sex], level: ward }
        """;

    private static readonly Lazy<(StudyResult Result, NeedsTable Profiles)> Demo = new(() =>
    {
        var fixture = new StudyFixture();
        fixture.Write("demo.yaml", DemoTownStudy.Text("""
            needs:
              profiles: { input: referrals, fields: [age_band, sex, risk_level, repeat_referral], level: ward }
            """));
        var result = GeoNeeds.Engine.Studies.Study.Run(StudyFile.Load(fixture.PathOf("demo.yaml")));
        return (result, result.Needs.Single(t => t.FileName == "ward_profiles.csv"));
    });

    /// <summary>
    /// Referrals by sex: the west ward (LSOA 1) has 20 F, 3 M and 6 without a value; the east ward (LSOA 3) 10 F,
    /// 7 M and 8 without. The 3 is a small count; the run's disclosure control (<see cref="GeoNeeds.Engine.Publish.Disclosure.RunSuppression"/>) then
    /// withhold the west ward's 6 (its row), the east ward's 7 (the M column) and 8 (the not-recorded column).
    /// </summary>
    private static NeedsTable RunFixture(string study = Study) => ReferralSexFixture.Run(study, "ward_profiles.csv");

    private static IReadOnlyList<object?> Row(NeedsTable table, string field, string value, string area) =>
        table.Rows.Single(r => (string)r[0]! == field && (string)r[1]! == value && (string)r[2]! == area);

    [Fact]
    public void Profiles_SmallCountInTwoByThreeTable_WithholdsItAndTheCellsThatWouldGiveItAway()
    {
        var table = RunFixture();

        Assert.Equal(["sex", "F", "X05000001", "West ward", 20L], Row(table, "sex", "F", "X05000001").Take(5));
        Assert.Equal(["*", null], Row(table, "sex", "M", "X05000001").Skip(4));
        Assert.Equal(["*", null], Row(table, "sex", ProfileNeeds.NotRecorded, "X05000001").Skip(4));
        Assert.Equal(["*", null], Row(table, "sex", "M", "X05000002").Skip(4));
        Assert.Equal(["*", null], Row(table, "sex", ProfileNeeds.NotRecorded, "X05000002").Skip(4));
    }

    [Fact]
    public void Profiles_ShownCell_PercentIsOfTheAreasReferrals()
    {
        var table = RunFixture();

        // West ward: 20 of its 20 + 3 + 6 = 29 referrals are F; east ward: 10 of 25.
        Assert.Equal(100.0 * 20 / 29, (double)Row(table, "sex", "F", "X05000001")[5]!, 9);
        Assert.Equal(40.0, (double)Row(table, "sex", "F", "X05000002")[5]!, 9);
    }

    [Fact]
    public void Profiles_TotalRow_PublishesTheValuesTotalAndShareOfAllReferrals()
    {
        var table = RunFixture();

        // M: 3 + 7 = 10 of 54 referrals.
        var total = Row(table, "sex", "M", ProfileNeeds.TotalArea);
        Assert.Equal(10L, total[4]);
        Assert.Equal(100.0 * 10 / 54, (double)total[5]!, 9);
    }

    [Fact]
    public void Validate_ProfilesOfAPointsInput_NamesTheKey()
    {
        var study = Study.Replace("type: referrals,", "type: points,", StringComparison.Ordinal);

        var error = Assert.Throws<InputDataException>(() => RunFixture(study));

        Assert.EndsWith(": needs.profiles.input: no referrals input is named 'referrals'", error.Message);
    }

    [Fact]
    public void Profiles_DemoTown_EachFieldsTotalsAddUpToTheMatchedReferrals()
    {
        var (result, table) = Demo.Value;

        // The account says 2,935 of the 3,000 demo referrals were placed (run-summary.json); every field splits them all.
        var matched = result.Inputs.Single().Account.Matched;
        Assert.Equal(2935, matched);
        foreach (var field in new[] { "age_band", "sex", "risk_level", "repeat_referral" })
        {
            Assert.Equal(matched, table.Rows.Where(r => (string)r[0]! == field && (string)r[2]! == ProfileNeeds.TotalArea).Sum(r => (long)r[4]!));
        }
    }

    [Fact]
    public void Profiles_DemoTown_SexTotalsMatchTheReferralFileLessItsRejectedLines()
    {
        var (result, table) = Demo.Value;

        // Counted here from the file itself with .NET's TextFieldParser: rows by sex, leaving out the rejected lines.
        var rejected = result.Inputs.Single().Account.Rejections.Select(r => r.Line).ToHashSet();
        var rows = CsvRows.Read(Path.Combine(RepositoryFolder.Path, "data", "referrals", "referrals.csv"));
        var women = rows.Where((row, i) => !rejected.Contains(i + 2) && row["sex"] == "F").LongCount();
        Assert.Equal(women, Row(table, "sex", "F", ProfileNeeds.TotalArea)[4]);
    }
}
