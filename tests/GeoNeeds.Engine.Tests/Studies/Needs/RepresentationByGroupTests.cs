using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Studies;
using GeoNeeds.Engine.Studies.Needs;

namespace GeoNeeds.Engine.Tests.Studies.Needs;

/// <summary>
/// <c>needs.representation</c> against a population table of a field's own groups (ethnicity) and by age band crossed
/// with sex. Each of <see cref="StudyFixture"/>'s four LSOAs holds 200 men and 300 women aged 16-34, as many aged
/// 35-64, and 800 White, 150 Asian and 50 Black residents. The 35 referrals (all in LSOA 1) are 12 women 16-34
/// (Asian), 8 women 35-64 (White), 10 men 16-34 (White) and 5 women without an age or ethnicity ('Not stated').
/// </summary>
public class RepresentationByGroupTests
{
    private const string Study = ReferralSexFixture.Study + """
        output: { suppress_below: 0 }
        needs:
          representation:
            input: referrals
            level: ward
            fields: { ethnicity: ethnicity.csv }
            age_by_sex: [age_band, sex]
        """;

    private static NeedsTable Run(string study = Study)
    {
        var fixture = new StudyFixture();
        var lsoas = Enumerable.Range(1, 4).Select(i => $"X0100000{i}").ToList();
        fixture.Write("population.csv", "area_code,sex,age,population\n"
            + string.Concat(lsoas.Select(a => $"{a},M,16-34,200\n{a},M,35-64,200\n{a},F,16-34,300\n{a},F,35-64,300\n")));
        fixture.Write("ethnicity.csv", "area_code,group,population\n" + string.Concat(lsoas.Select(a => $"{a},White,800\n{a},Asian,150\n{a},Black,50\n")));
        fixture.Write("postcodes.csv", "pcds,easting,northing,lsoa_code\nZZ1 1AA,430500,280500,X01000001\n");
        var rows = new[] { ("16-34", "F", "Asian", 12), ("35-64", "F", "White", 8), ("16-34", "M", "White", 10), ("", "F", "Not stated", 5) }
            .SelectMany(r => Enumerable.Repeat($"2025-04-01,ZZ1 1AA,{r.Item1},{r.Item2},{r.Item3}", r.Item4));
        fixture.Write("referrals.csv", "received,postcode,age_band,sex,ethnicity\n" + string.Join("\n", rows) + "\n");
        fixture.Write("study.yaml", study);
        return GeoNeeds.Engine.Studies.Study.Run(StudyFile.Load(fixture.PathOf("study.yaml"))).Needs.Single(t => t.FileName == "ward_representation.csv");
    }

    private static Dictionary<string, object?> Row(NeedsTable table, string field, string value) =>
        RepresentationLayout.Columns.Zip(table.Rows.Single(r => (string)r[0]! == field && (string)r[1]! == value && (string)r[2]! == ProfileNeeds.TotalArea))
            .ToDictionary(c => c.First, c => c.Second);

    [Fact]
    public void Representation_FieldWithAPopulationTable_ComparesWithTheTablesGroups()
    {
        var row = Row(Run(), "ethnicity", "Asian");

        // 12 of the 30 referrals whose ethnicity is a group of the table (0.4) against 600 of 4,000 residents (0.15).
        Assert.Equal(12L, row["count"]);
        Assert.Equal(30L, row["compared"]);
        Assert.Equal(600.0, row["population"]);
        Assert.Equal(0.15, (double)row["population_share"]!, 12);
        Assert.Equal(0.4 / 0.15, (double)row["ratio"]!, 12);
        Assert.Equal(2000.0, (double)row["rate_per_100000"]!, 9);
    }

    [Fact]
    public void Representation_ValueNotInThePopulationTable_IsLeftOutOfTheShares()
    {
        var row = Row(Run(), "ethnicity", "Not stated");

        Assert.Equal(5L, row["count"]);
        Assert.Null(row["compared"]);
        Assert.Null(row["share"]);
    }

    [Fact]
    public void Representation_AgeBySex_ComparesEachAgeBandAndSexWithItsPopulation()
    {
        var row = Row(Run(), "age_band by sex", "16-34 / F");

        // 12 of the 30 referrals with both an age band and a sex; 1,200 of 4,000 residents are women aged 16-34.
        Assert.Equal(12L, row["count"]);
        Assert.Equal(30L, row["compared"]);
        Assert.Equal(1200.0, row["population"]);
        Assert.Equal(0.3, (double)row["population_share"]!, 12);
        Assert.Equal(0.4 / 0.3, (double)row["ratio"]!, 12);
        Assert.Equal(1000.0, (double)row["rate_per_100000"]!, 9);
    }

    [Fact]
    public void Representation_AgeBySexWithoutAnAge_IsNotRecorded()
    {
        var row = Row(Run(), "age_band by sex", ProfileNeeds.NotRecorded);

        Assert.Equal(5L, row["count"]);
        Assert.Null(row["compared"]);
    }

    [Fact]
    public void Validate_PopulationTableThatIsNotACsv_NamesTheKey()
    {
        var study = Study.Replace("ethnicity: ethnicity.csv", "ethnicity: census", StringComparison.Ordinal);

        var error = Assert.Throws<InputDataException>(() => Run(study));

        Assert.EndsWith(": needs.representation.fields.ethnicity: 'census' is not a population group; give age (values are age bands), sex or a population table (a .csv file: area_code, group, population)", error.Message);
    }

    [Fact]
    public void Validate_AgeBySexWithOneColumn_NamesTheKey()
    {
        var study = Study.Replace("age_by_sex: [age_band, sex]", "age_by_sex: [age_band]", StringComparison.Ordinal);

        var error = Assert.Throws<InputDataException>(() => Run(study));

        Assert.EndsWith(": needs.representation.age_by_sex: name two referral columns, the age band then the sex, e.g. [age_band, sex]", error.Message);
    }
}
