using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Io.Outcomes;
using static GeoNeeds.Engine.Tests.Io.Outcomes.OutcomeFormFiles;

namespace GeoNeeds.Engine.Tests.Io.Outcomes;

public class ExitFormReaderTests
{
    [Fact]
    public void Read_GoodRow_ReadsEveryTypedField()
    {
        var path = ExitFile(Exit("C1", "2024-09-30"));

        var form = Assert.Single(ExitFormReader.Read(path, OutcomeService.Adult, new InputAccount("exit")));

        Assert.Equal(("C1", new DateOnly(2024, 9, 30), "planned", 12, 4), (form.CaseId, form.ExitDate, form.Closure, form.Contacts, form.DashTicks));
        Assert.Equal(AbuseLevel.None, form.Abuse["physical"]);
        Assert.Equal(Answer.Yes, form.Answers["feels_safer"]);
        Assert.Equal("safety achieved", form.Profile["closure_reason"]);
    }

    [Fact]
    public void Read_CaseRepeated_RejectsTheLaterLineNamingTheFirst()
    {
        var path = ExitFile(Exit("C1", "2024-09-30"), Exit("C2", "2024-09-30"), Exit("C1", "2024-10-02"));
        var account = new InputAccount("exit");

        var forms = ExitFormReader.Read(path, OutcomeService.Adult, account);

        Assert.Equal(["C1", "C2"], forms.Select(f => f.CaseId));
        Assert.Equal(new Rejection("exit", path, 4, "case_id", RejectionReason.DuplicateExit, "case 'C1' already has an exit form on line 2"),
            Assert.Single(account.Rejections));
    }

    [Theory]
    [InlineData("C1,2024-09-30,abandoned,,3,4,none,none,none,none,yes,yes", "closure", RejectionReason.InvalidValue, "'abandoned' is not one of planned, unplanned (or empty)")]
    [InlineData("C1,2024-09-30,planned,,many,4,none,none,none,none,yes,yes", "contacts", RejectionReason.InvalidNumber, "'many' is not a whole number, 0 or more")]
    [InlineData("C1,31/09/2024,planned,,3,4,none,none,none,none,yes,yes", "exit_date", RejectionReason.InvalidDate,
        "'31/09/2024' is not a date of the calendar in a form GeoNeeds reads (yyyy-MM-dd, dd/MM/yyyy)")]
    [InlineData("C1,2024-09-30,planned,,3,4,none,none,none,none,yes,perhaps", "wellbeing_improved", RejectionReason.InvalidValue,
        "'perhaps' is not one of yes, no, dont_know (or empty)")]
    public void Read_BadValue_RejectsAtFileLineField(string row, string field, string reason, string detail)
    {
        var path = ExitFile(row);
        var account = new InputAccount("exit");

        Assert.Empty(ExitFormReader.Read(path, OutcomeService.Adult, account));

        Assert.Equal(new Rejection("exit", path, 2, field, reason, detail), Assert.Single(account.Rejections));
    }
}
