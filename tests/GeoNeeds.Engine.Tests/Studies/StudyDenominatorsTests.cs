using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Studies;

/// <summary>
/// Indicators per children or per households on <see cref="StudyFixture"/>: police rows 12, 3, 0 and 40 in the four
/// LSOAs; each LSOA here has 200 girls aged 10–19 (8 of those 10 years are ages up to 17: 160 children) and 300
/// women aged 30, and 500 households.
/// </summary>
public class StudyDenominatorsTests
{
    private const string Study = """
        levels:
          - { name: lsoa, boundaries: lsoa.geojson, code_field: LSOA_CODE, name_field: LSOA_NAME }
          - { name: ward, boundaries: wards.geojson, code_field: WARD_CODE, name_field: WARD_NAME }
        population: { path: population.csv, format: age-sex }
        inputs: [{ name: incidents, files: police.csv }]
        indicators:
          - { name: violence, input: incidents, per: 10000, denominator: children }
          - { name: violence_households, input: incidents, per: 1000, denominator: { path: households.csv, column: households } }
        """;

    private static StudyResult Run(string study = Study)
    {
        var fixture = new StudyFixture();
        fixture.WritePoliceFile("police.csv", [12, 3, 0, 40]);
        fixture.Write("population.csv", "area_code,sex,age,population\n" + string.Concat(Enumerable.Range(1, 4).Select(i => $"X0100000{i},F,10-19,200\nX0100000{i},F,30,300\n")));
        fixture.Write("households.csv", "area_code,households\n" + string.Concat(Enumerable.Range(1, 4).Select(i => $"X0100000{i},500\n")));
        fixture.Write("study.yaml", study);
        return GeoNeeds.Engine.Studies.Study.Run(StudyFile.Load(fixture.PathOf("study.yaml")));
    }

    [Fact]
    public void Run_DenominatorChildren_RatesPerChildAgedUpTo17()
    {
        var west = Run().Tables[1].Find("X05000001")!;

        // West ward: 12 + 3 = 15 incidents over 2 × 160 = 320 children, per 10,000: 468.75.
        Assert.Equal(1000.0, west.Population);
        Assert.Equal(15 * 10000 / 320.0, west.Indicators[0].Rate.Value!.Value, 9);
    }

    [Fact]
    public void Run_DenominatorTable_RollsUpLikePopulation()
    {
        var east = Run().Tables[1].Find("X05000002")!;

        // East ward: 0 + 40 = 40 incidents over 2 × 500 = 1,000 households, per 1,000: 40.
        Assert.Equal(40.0, east.Indicators[1].Rate.Value!.Value, 9);
    }

    [Fact]
    public void Run_DenominatorChildren_ChangeTableUsesItToo()
    {
        // Suppression off: LSOA 2's small counts would otherwise withhold LSOA 1's (see NeedsAssessmentTests).
        var study = Study + "\nneeds: { change: { before: [2025-04, 2025-04], after: [2025-05, 2025-05] } }\noutput: { suppress_below: 0 }\n";

        var row = Run(study).Needs.Single(t => t.FileName == "lsoa_change.csv").Rows[0];

        // LSOA 1's 12 rows alternate April and May: 6 in May over its 160 children, per 10,000: 375.
        Assert.Equal(["violence", "X01000001", 160.0], new[] { row[0], row[1], row[5] });
        Assert.Equal(375.0, (double)row[8]!, 9);
    }

    [Fact]
    public void Of_DenominatorNotResidents_RateColumnSaysWhatItIsPer()
    {
        var result = Run();
        var table = result.Tables[0];

        var names = AreaRowColumns.Of(table.Rows[0], table, result.Definition, result.Disclosure).Select(c => c.Key).ToList();

        Assert.Contains("violence_rate_per_10000_children", names);
        Assert.Contains("violence_households_rate_per_1000_households", names);
    }

    [Fact]
    public void Validate_ChildrenWithoutAgeSexPopulation_NamesTheKey()
    {
        var study = Study.Replace("format: age-sex", "format: iod2019", StringComparison.Ordinal);

        var error = Assert.Throws<InputDataException>(() => Run(study));

        Assert.EndsWith(": indicators.violence.denominator: a denominator of children needs the population by age and sex (population.format: age-sex)", error.Message);
    }

    [Fact]
    public void Load_UnknownGroup_ListsTheChoices()
    {
        var study = Study.Replace("denominator: children", "denominator: pensioners", StringComparison.Ordinal);

        var error = Assert.Throws<InputDataException>(() => Run(study));

        Assert.EndsWith(": indicators[0].denominator: expected one of residents, children, got 'pensioners'", error.Message);
    }
}
