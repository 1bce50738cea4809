using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Studies;

namespace GeoNeeds.Engine.Tests.Studies.Needs;

/// <summary>
/// An outcome service's form files are in the study's row account, as every other input is: listed in
/// <c>run-summary.json</c> with read, matched and rejected by reason, and counted in whether the run balances.
/// </summary>
public class OutcomeRowAccountTests
{
    /// <summary>The fixture's 34 cases, plus an exit form with no intake and a second, earlier intake of case C000.</summary>
    private static StudyResult RunWithStrayForms()
    {
        var fixture = OutcomeStudyFixture.Write();
        File.AppendAllText(fixture.PathOf("exit.csv"), "C999,2024-09-01,planned,risk_reduced,8,3,standard,none,none,none,yes,yes,yes,no\n");
        File.AppendAllText(fixture.PathOf("intake.csv"), "C000,2024-04-01,idva,ZZ1 1AA,30,female,white_british,no,police,new,12,yes,no,high,none,none,moderate,no,no,no,yes,yes\n");
        fixture.Write("study.yaml", ReferralSexFixture.Study + "needs:\n  outcomes: { adult: { intake: intake.csv, exit: exit.csv } }\noutput: { suppress_below: 0 }\n");
        return GeoNeeds.Engine.Studies.Study.Run(StudyFile.Load(fixture.PathOf("study.yaml")));
    }

    [Fact]
    public void RunSummary_OutcomeForms_AreListedAsInputsWithTheirRowAccount()
    {
        var result = RunWithStrayForms();
        var folder = TestFiles.NewFolder();

        var summary = StudyOutputs.Write(result, folder, []);

        var intake = summary.Inputs.Single(i => i.Name == "outcomes intake");
        var exit = summary.Inputs.Single(i => i.Name == "outcomes exit");
        Assert.Equal((InputSummary.OutcomeFormsType, 35L, 34L, 1L, true), (intake.Type, intake.Read, intake.Matched, intake.Rejected, intake.Balances));
        Assert.Equal(1L, intake.RejectedByReason[RejectionReason.SupersededIntake]);
        Assert.Equal((35L, 34L, 1L, true), (exit.Read, exit.Matched, exit.Rejected, exit.Balances));
        Assert.Equal(1L, exit.RejectedByReason[RejectionReason.UnmatchedExit]);
        Assert.Equal(["intake.csv"], intake.Files);
        Assert.Equal(["exit.csv"], exit.Files);
    }

    [Fact]
    public void RunSummaryJson_OutcomeForms_RoundTripWithTheOtherInputs()
    {
        var result = RunWithStrayForms();
        var folder = TestFiles.NewFolder();
        StudyOutputs.Write(result, folder, []);

        var summary = RunSummary.FromJson(File.ReadAllText(Path.Combine(folder, "run-summary.json")));

        Assert.Equal(["referrals", "outcomes intake", "outcomes exit"], summary.Inputs.Select(i => i.Name));
    }

    [Fact]
    public void AllRowsAccounted_OutcomeFormsThatBalance_IsTrue()
    {
        var result = RunWithStrayForms();

        Assert.True(result.AllRowsAccounted);
        Assert.All(result.Outcomes.Single().Forms, f => Assert.Equal(f.Account.Read, f.Account.Matched + f.Account.Rejected));
    }
}
