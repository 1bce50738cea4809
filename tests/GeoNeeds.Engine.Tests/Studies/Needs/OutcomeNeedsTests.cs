using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Outcomes;
using GeoNeeds.Engine.Outcomes;
using GeoNeeds.Engine.Publish;
using GeoNeeds.Engine.Publish.Disclosure;
using GeoNeeds.Engine.Stats;
using GeoNeeds.Engine.Studies;
using GeoNeeds.Engine.Studies.Needs;

namespace GeoNeeds.Engine.Tests.Studies.Needs;

/// <summary>Service outcomes in a study (<c>needs.outcomes</c>): the tables by area on <see cref="OutcomeStudyFixture"/>.</summary>
public class OutcomeNeedsTests
{
    private static readonly int[] CountColumns =
        [.. OutcomeNeeds.Header.Select((c, i) => (c, i)).Where(c => AreaMeasure.Bases.Any(b => b.Column == c.c) || AreaMeasure.All.Any(m => m.Column == c.c)).Select(c => c.i)];

    private static NeedsTable Table(StudyResult result, string level) => result.Needs.Single(t => t.FileName == $"{level}_outcomes.csv");

    private static IReadOnlyList<object?> Row(NeedsTable table, string area) => table.Rows.Single(r => (string)r[1]! == area);

    private static int Column(string name) => OutcomeNeeds.Header.ToList().IndexOf(name);

    [Fact]
    public void ByArea_EachCountOfTheAreasAndTheUnplacedRow_SumsToTheTotalRow()
    {
        var result = OutcomeStudyFixture.Run(suppressBelow: 0);

        foreach (var level in new[] { "lsoa", "ward" })
        {
            var table = Table(result, level);
            var parts = table.Rows.Where(r => (string)r[1]! != CountCellKey.TotalArea).ToList();
            foreach (var column in CountColumns)
            {
                Assert.Equal((long)Row(table, CountCellKey.TotalArea)[column]!, parts.Sum(r => (long)r[column]!));
            }
        }
    }

    [Fact]
    public void ByArea_CaseWhosePostcodeIsInNoLookup_IsCountedInTheUnplacedRow()
    {
        var table = Table(OutcomeStudyFixture.Run(suppressBelow: 0), "ward");

        // 14 cases in the west ward (LSOAs 1 and 2), 19 in the east, 1 unplaced: 34 forms.
        Assert.Equal([14L, 19L, 1L, 34L], table.Rows.Select(r => (long)r[Column("cases_supported")]!));
        Assert.Equal(StudyOutcome.Unplaced, table.Rows[2][1]);
    }

    [Fact]
    public void ByArea_AreaCodeColumn_PlacesCasesByTheFirstLevelsCodes()
    {
        var fixture = OutcomeStudyFixture.Write();
        var intake = File.ReadAllText(fixture.PathOf("intake.csv")).Replace(",postcode,", ",area_code,", StringComparison.Ordinal)
            .Replace("ZZ1 4AA", "X01000004", StringComparison.Ordinal).Replace("ZZ1 3AA", "X05000002", StringComparison.Ordinal);
        fixture.Write("intake.csv", intake);
        fixture.Write("study.yaml", ReferralSexFixture.Study + "needs:\n  outcomes: { adult: { intake: intake.csv, exit: exit.csv }, levels: [ward] }\noutput: { suppress_below: 0 }\n");

        var table = Table(GeoNeeds.Engine.Studies.Study.Run(StudyFile.Load(fixture.PathOf("study.yaml"))), "ward");

        // LSOA 4's 9 cases are placed by its code; LSOA 3's 10, given their ward's code (not a code of the first
        // level), are placed in no ward, with the case whose postcode is in no lookup.
        Assert.Equal(9L, Row(table, "X05000002")[Column("cases_supported")]);
        Assert.Equal(11L, Row(table, StudyOutcome.Unplaced)[Column("cases_supported")]);
    }

    [Fact]
    public void ByArea_Percent_IsTheCountsShareOfItsBaseWithWilsonLimits()
    {
        var west = Row(Table(OutcomeStudyFixture.Run(suppressBelow: 0), "ward"), "X05000001");

        // West ward: 14 cases all scored, all high (12 ticks) at intake; 4 still high (11) at exit.
        Assert.Equal(4L, west[Column("high_risk_exit")]);
        Assert.Equal(100.0 * 4 / 14, (double)west[Column("high_risk_exit_percent")]!, 9);
        var limits = WilsonScore.Calculate(4, 14, 0.95);
        Assert.Equal(100 * limits.Lower, (double)west[Column("high_risk_exit_lower_95")]!, 9);
        Assert.Equal(100 * limits.Upper, (double)west[Column("high_risk_exit_upper_95")]!, 9);
    }

    [Fact]
    public void ByArea_SmallCounts_AreWithheldWithTheirPercentages()
    {
        var result = OutcomeStudyFixture.Run(suppressBelow: 5);

        var lsoa2 = Row(Table(result, "lsoa"), "X01000002");
        Assert.Equal(DisclosureDecision.WithheldMark, lsoa2[Column("cases_supported")]);
        Assert.Null(lsoa2[Column("high_risk_intake_percent")]);
        Assert.Equal(DisclosureDecision.WithheldMark, Row(Table(result, "ward"), StudyOutcome.Unplaced)[Column("cases_supported")]);
    }

    /// <summary>
    /// Tries the subtraction a reader would: for every count column, a withheld cell must not be the only unknown of a
    /// sum the run publishes — the level's areas and unplaced row against the TOTAL row (the service's own tables
    /// publish the same totals), and the west and east wards against their LSOAs.
    /// </summary>
    [Fact]
    public void ByArea_WithheldCount_CannotBeRecoveredFromTheTotalsOrTheFinerLevel()
    {
        var result = OutcomeStudyFixture.Run(suppressBelow: 5);
        var lsoa = Table(result, "lsoa");
        var ward = Table(result, "ward");
        var wards = new Dictionary<string, string[]> { ["X05000001"] = ["X01000001", "X01000002"], ["X05000002"] = ["X01000003", "X01000004"] };
        var checkedSums = 0;
        foreach (var column in CountColumns)
        {
            foreach (var table in new[] { lsoa, ward })
            {
                var parts = table.Rows.Where(r => (string)r[1]! != CountCellKey.TotalArea).Select(r => r[column]).ToList();
                checkedSums += AssertNotRecoverable(Row(table, CountCellKey.TotalArea)[column], parts);
            }

            foreach (var (code, children) in wards)
            {
                checkedSums += AssertNotRecoverable(Row(ward, code)[column], [.. children.Select(c => Row(lsoa, c)[column])]);
            }
        }

        Assert.True(checkedSums > 0, "the fixture should withhold something");
    }

    private static int AssertNotRecoverable(object? total, IReadOnlyList<object?> parts)
    {
        var withheld = parts.Count(p => p is DisclosureDecision.WithheldMark) + (total is DisclosureDecision.WithheldMark ? 1 : 0);
        if (withheld == 0)
        {
            return 0;
        }

        Assert.True(withheld >= 2, $"one withheld count among {total} = {string.Join(" + ", parts)} is the total less the others");
        return 1;
    }

    [Fact]
    public void StudyOutcomeTables_WithOneService_EqualTheOutcomesVerbsOnTheSameFiles()
    {
        var data = DemoTownStudy.Data;
        var fixture = new StudyFixture();
        fixture.Write("demo.yaml", DemoTownStudy.Text($$"""
            needs:
              outcomes: { children: { intake: {{data}}/outcomes/children_intake.csv, exit: {{data}}/outcomes/children_exit.csv } }
            output: { suppress_below: 0 }
            """));
        var studyFolder = TestFiles.NewFolder();
        StudyOutputs.Write(GeoNeeds.Engine.Studies.Study.Run(StudyFile.Load(fixture.PathOf("demo.yaml"))), studyFolder);

        var verbFolder = TestFiles.NewFolder();
        var outcomes = ServiceOutcomes.Run(Path.Combine(data, "outcomes", "children_intake.csv"), Path.Combine(data, "outcomes", "children_exit.csv"), OutcomeService.Children);
        var written = OutcomeTables.Write(verbFolder, outcomes.Report, outcomes.Years, OutcomeDisclosure.Decide(outcomes.Report, outcomes.Years, 0));

        Assert.Equal(7, written.Count);
        foreach (var (file, _, _) in written)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(verbFolder, file)), File.ReadAllText(Path.Combine(studyFolder, file)));
        }
    }

    [Fact]
    public void StudyOutcomeTables_WithTwoServices_NameEachServicesFiles()
    {
        var fixture = OutcomeStudyFixture.Write();
        fixture.Write("study.yaml", ReferralSexFixture.Study + "needs:\n  outcomes: { adult: { intake: intake.csv, exit: exit.csv }, children: { intake: intake.csv, exit: exit.csv } }\n");
        var result = GeoNeeds.Engine.Studies.Study.Run(StudyFile.Load(fixture.PathOf("study.yaml")));

        Assert.Equal(["outcomes_adult", "outcomes_children"], result.Outcomes.Select(o => o.Name));
        Assert.Equal("outcomes_adult_dash.csv", OutcomeTables.Named(OutcomeTables.DashFile, "outcomes_adult"));
        Assert.Equal(["adult", "children"], Table(result, "ward").Rows.Select(r => (string)r[0]!).Distinct());
    }

    [Theory]
    [InlineData("{ adult: { intake: intake.csv, exit: exit.csv }, levels: [wrd] }", "needs.outcomes.levels: no level is named 'wrd'; did you mean 'ward'?")]
    [InlineData("{ adult: { intake: nowhere.csv, exit: exit.csv } }", "needs.outcomes.adult.intake: file not found")]
    [InlineData("{ levels: [ward] }", "needs.outcomes: give the forms of an adult service (adult:) and/or a children's service (children:)")]
    public void Validate_BadOutcomesKey_NamesTheKeyPath(string needs, string message)
    {
        var error = Assert.Throws<InputDataException>(() => OutcomeStudyFixture.Run(5, needs));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspeltServiceKey_SuggestsTheKey()
    {
        var error = Assert.ThrowsAny<Exception>(() => OutcomeStudyFixture.Run(5, "{ adlut: { intake: intake.csv, exit: exit.csv } }"));

        Assert.Contains("unknown key 'adlut' in needs.outcomes; did you mean 'adult'?", error.Message, StringComparison.Ordinal);
    }
}
