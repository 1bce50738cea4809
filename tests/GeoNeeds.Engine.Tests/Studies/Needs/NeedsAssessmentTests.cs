using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Studies;
using GeoNeeds.Engine.Studies.Needs;

namespace GeoNeeds.Engine.Tests.Studies.Needs;

/// <summary>
/// The needs analyses run from a study file on <see cref="StudyFixture"/>: four LSOAs of 400 men and 600 women
/// aged 30, police rows alternating between April and May 2025 (12, 3, 0 and 40 per LSOA).
/// </summary>
public class NeedsAssessmentTests
{
    private const string Study = StudyFixture.LevelsAndViolence + """
        needs:
          prevalence: { survey: csew-2021, recorded: incidents }
          marac: { level: ward, cases: { X05000001: 30 } }
          change: { before: [2025-04, 2025-04], after: [2025-05, 2025-05] }
        """;

    private static NeedsTable Run(string fileName, string study = Study, Action<StudyFixture>? files = null)
    {
        var fixture = new StudyFixture();
        fixture.WritePoliceFile("police.csv", [12, 3, 0, 40]);
        files?.Invoke(fixture);
        fixture.Write("study.yaml", study);
        var result = GeoNeeds.Engine.Studies.Study.Run(StudyFile.Load(fixture.PathOf("study.yaml")));
        return result.Needs.Single(t => t.FileName == fileName);
    }

    [Fact]
    public void Prevalence_Csew2021AtAge30_GivesHandComputedExpectedVictims()
    {
        var table = Run("ward_prevalence.csv");

        // CSEW 2021, ages 25-34: men 4.2%, women 7.7%. A ward holds 800 men and 1,200 women aged 30:
        // 800 × 4.2% = 33.6 men, 1,200 × 7.7% = 92.4 women, 126 in all; the west ward recorded 12 + 3 = 15.
        var west = table.Rows[0];
        Assert.Equal(["X05000001", "West ward", 2000.0], west.Take(3));
        Assert.Equal(33.6, (double)west[3]!, 9);
        Assert.Equal(92.4, (double)west[4]!, 9);
        Assert.Equal(126.0, (double)west[5]!, 9);
        Assert.Equal(15.0, west[6]);
        Assert.Equal(15 / 126.0, (double)west[7]!, 9);
    }

    [Fact]
    public void Marac_WardCases_ComparedWithFortyPer10000AdultWomen()
    {
        var row = Run("marac.csv").Rows.Single();

        // 1,200 women aged 30 → 1,200 / 10,000 × 40 = 4.8 expected cases; 30 cases = 250 per 10,000, 625% of expected.
        Assert.Equal("X05000001", row[0]);
        Assert.Equal(1200.0, row[2]);
        Assert.Equal(4.8, (double)row[4]!, 9);
        Assert.Equal(250.0, (double)row[5]!, 9);
        Assert.Equal(625.0, (double)row[7]!, 9);
    }

    [Fact]
    public void Marac_IdvasFromATable_ComparedBySafeLivesCaseload()
    {
        var study = Study.Replace("cases: { X05000001: 30 } }", "cases: { X05000001: 30 }, idvas: { path: idvas.csv } }", StringComparison.Ordinal);

        var row = Run("marac.csv", study, fixture => fixture.Write("idvas.csv", "area_code,idva_fte\nX05000001,0.2\n")).Rows.Single();

        // 4.8 expected cases / 100 = 0.048 FTE, 0.2 in post: −0.152; 30 heard / 100 = 0.3 FTE: gap 0.1, a third of it.
        Assert.Equal(0.048, (double)row[8]!, 9);
        Assert.Equal(-0.152, (double)row[9]!, 9);
        Assert.Equal(0.3, (double)row[11]!, 9);
        Assert.Equal(0.1, (double)row[12]!, 9);
        Assert.Equal(100.0 / 3, (double)row[13]!, 9);
    }

    [Fact]
    public void Marac_AdultAgeAboveThePopulationsAges_CountsNoWomen()
    {
        // The fixture's women are all 30, so 18 and over counts the same 1,200 as 16 and over.
        var study = Study.Replace("cases: { X05000001: 30 } }", "cases: { X05000001: 30 }, adult_age: 18 }", StringComparison.Ordinal);

        Assert.Equal(1200.0, Run("marac.csv", study).Rows.Single()[2]);
    }

    [Fact]
    public void Validate_AdultAgeOtherThanSixteenOrEighteen_NamesTheKey()
    {
        var study = Study.Replace("cases: { X05000001: 30 } }", "cases: { X05000001: 30 }, adult_age: 21 }", StringComparison.Ordinal);

        var error = Assert.Throws<InputDataException>(() => Run("marac.csv", study));

        Assert.EndsWith(": needs.marac.adult_age: give 16 (women aged 16 and over, the default) or 18", error.Message);
    }

    [Fact]
    public void Validate_IdvaTableMissing_NamesTheKey()
    {
        var study = Study.Replace("cases: { X05000001: 30 } }", "cases: { X05000001: 30 }, idvas: { path: none.csv } }", StringComparison.Ordinal);

        var error = Assert.Throws<InputDataException>(() => Run("marac.csv", study));

        Assert.Contains(": needs.marac.idvas.path: file not found: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Change_SmallCountsInALsoa_AreWithheldWithTheNeighbourThatTheWardTotalWouldGiveAway()
    {
        var rows = Run("lsoa_change.csv").Rows;

        // LSOA 1: 12 rows alternate April/May → 6 and 6; LSOA 2: 3 rows → 2 and 1, both under 5. The west ward's
        // periods (8 and 7) are published, so LSOA 1's 6 and 6 would give LSOA 2's away: they are withheld too.
        Assert.Equal(["violence", "X01000001", "Test 1", "*", "*", 1000.0, null, null, null], rows[0].Take(9));
        Assert.Equal(["*", "*", null, null, null], new[] { rows[1][3], rows[1][4], rows[1][6], rows[1][7], rows[1][8] });
    }

    [Fact]
    public void Validate_PrevalenceWithoutAgeSexPopulation_SaysWhatIsNeeded()
    {
        var study = Study.Replace("format: age-sex", "format: iod2019", StringComparison.Ordinal);

        var error = Assert.Throws<InputDataException>(() => Run("lsoa_prevalence.csv", study));

        Assert.EndsWith(": needs.prevalence: prevalence needs the population by age and sex (population.format: age-sex)", error.Message);
    }

    [Fact]
    public void Validate_ChangePeriodNotInMonths_NamesTheKey()
    {
        var study = Study.Replace("before: [2025-04, 2025-04]", "before: [April]", StringComparison.Ordinal);

        var error = Assert.Throws<InputDataException>(() => Run("lsoa_change.csv", study));

        Assert.EndsWith(": needs.change.before: give the first and last month of the period, as [yyyy-MM, yyyy-MM]", error.Message);
    }
}
