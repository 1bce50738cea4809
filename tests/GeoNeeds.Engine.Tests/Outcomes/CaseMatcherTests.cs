using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Io.Outcomes;
using GeoNeeds.Engine.Outcomes;
using static GeoNeeds.Engine.Tests.Io.Outcomes.OutcomeFormFiles;

namespace GeoNeeds.Engine.Tests.Outcomes;

public class CaseMatcherTests
{
    private readonly InputAccount _intakes = new("intake");
    private readonly InputAccount _exits = new("exit");

    [Fact]
    public void Match_SeveralIntakes_KeepsTheLatestOnOrBeforeTheExitAndReportsTheOthers()
    {
        var cases = Match([Intake("C1", "2024-01-10"), Intake("C1", "2024-03-01"), Intake("C1", "2024-09-01")], [Exit("C1", "2024-06-30")]);

        var kept = Assert.Single(cases);
        Assert.Equal((3L, false), (kept.Intake.Line, kept.IntakeAfterExit));
        Assert.Equal([(2L, RejectionReason.SupersededIntake), (4L, RejectionReason.SupersededIntake)], _intakes.Rejections.Select(r => (r.Line, r.Reason)));
        Assert.Equal("case 'C1' has another intake form, on line 3, which is used", _intakes.Rejections[0].Detail);
    }

    [Fact]
    public void Match_ExitWithoutIntake_IsRejectedAsUnmatched()
    {
        Match([Intake("C1", "2024-01-10")], [Exit("C1", "2024-06-30"), Exit("C9", "2024-06-30")]);

        var rejection = Assert.Single(_exits.Rejections);
        Assert.Equal((3L, RejectionReason.UnmatchedExit, "case 'C9' has no intake form"), (rejection.Line, rejection.Reason, rejection.Detail));
    }

    [Fact]
    public void Match_IntakeAfterExit_IsKeptAndMarkedAsAnError()
    {
        var cases = Match([Intake("C1", "2024-08-01")], [Exit("C1", "2024-06-30")]);

        Assert.True(Assert.Single(cases).IntakeAfterExit);
    }

    [Fact]
    public void Match_OpenCase_KeepsItsIntakeWithoutExit()
    {
        var cases = Match([Intake("C1", "2024-08-01"), Intake("C2", "2024-08-02")], [Exit("C2", "2024-09-30")]);

        Assert.Equal([("C1", false), ("C2", true)], cases.Select(c => (c.Intake.CaseId, c.Exit is not null)));
    }

    [Fact]
    public void Match_EveryFormIsMatchedOrRejected()
    {
        Match([Intake("C1", "2024-01-10"), Intake("C1", "2024-02-10"), Intake("C2", "2024-01-10"), "C3,bad date"], [Exit("C1", "2024-06-30"), Exit("C4", "2024-06-30"), Exit("C1", "2024-07-01")]);

        Assert.Equal((4L, 2L, 2L), (_intakes.Read, _intakes.Matched, _intakes.Rejected));
        Assert.Equal((3L, 1L, 2L), (_exits.Read, _exits.Matched, _exits.Rejected));
        Assert.True(_intakes.Balances && _exits.Balances);
    }

    private IReadOnlyList<OutcomeCase> Match(string[] intakeRows, string[] exitRows)
    {
        var (intakeFile, exitFile) = (IntakeFile(intakeRows), ExitFile(exitRows));
        var intakes = IntakeFormReader.Read(intakeFile, OutcomeService.Adult, _intakes);
        var exits = ExitFormReader.Read(exitFile, OutcomeService.Adult, _exits);
        return CaseMatcher.Match(intakes, exits, _intakes, _exits, intakeFile, exitFile);
    }
}
