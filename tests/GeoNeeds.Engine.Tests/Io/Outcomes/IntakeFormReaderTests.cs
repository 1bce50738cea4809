using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Outcomes;
using static GeoNeeds.Engine.Tests.Io.Outcomes.OutcomeFormFiles;

namespace GeoNeeds.Engine.Tests.Io.Outcomes;

public class IntakeFormReaderTests
{
    [Fact]
    public void Read_GoodRow_ReadsEveryTypedField()
    {
        var path = IntakeFile(Intake("C1", "2024-05-03"));
        var account = new InputAccount("intake");

        var form = Assert.Single(IntakeFormReader.Read(path, OutcomeService.Adult, account));

        Assert.Equal(("C1", new DateOnly(2024, 5, 3), "ZZ1 2AB", 12), (form.CaseId, form.IntakeDate, form.Place, form.DashTicks));
        Assert.Equal(AbuseLevel.High, form.Abuse["physical"]);
        Assert.Equal(AbuseLevel.Moderate, form.Abuse["HARASSMENT_STALKING"]);
        Assert.Equal(Answer.Yes, form.Answers["marac"]);
        Assert.Equal("police", form.Profile["referral_source"]);
        Assert.Equal((1L, 0L), (account.Read, account.Rejected));
    }

    [Fact]
    public void Read_EmptyFields_AreMissingNotRejected()
    {
        var path = IntakeFile("C1,03/05/2024,,,,,,,,,,,,,,,,,,");

        var form = Assert.Single(IntakeFormReader.Read(path, OutcomeService.Adult, new InputAccount("intake")));

        Assert.Equal((null, null, null, null), (form.Place, form.DashTicks, form.Abuse["sexual"], form.Answers["fgm"]));
        Assert.Null(form.Profile["sex"]);
    }

    [Fact]
    public void Read_WordsInOtherSpellings_ReadAsTheirLevel()
    {
        var path = IntakeFile("C1,2024-05-03,ZZ1 2AB,IDVA,25-34,female,White,no,police,Repeat,3,HIGH,Don't know,dont know,None,Yes,No,dont_know,no,no");

        var form = Assert.Single(IntakeFormReader.Read(path, OutcomeService.Adult, new InputAccount("intake")));

        Assert.Equal([AbuseLevel.High, AbuseLevel.DontKnow, AbuseLevel.DontKnow, AbuseLevel.None], OutcomeColumns.AbuseTypes.Select(t => form.Abuse[t]));
        Assert.Equal("repeat", form.Profile["repeat"]);
    }

    [Theory]
    [InlineData("C1,2024-05-03,ZZ1 2AB,IDVA,25-34,female,White,no,police,new,12,severe,none,none,none,yes,no,no,no,no", "physical", RejectionReason.InvalidValue,
        "'severe' is not one of high, moderate, standard, none, dont_know (or empty)")]
    [InlineData("C1,2024-05-03,ZZ1 2AB,IDVA,25-34,female,White,no,police,new,28,high,none,none,none,yes,no,no,no,no", "dash_ticks", RejectionReason.InvalidNumber,
        "'28' is not a whole number from 0 to 27")]
    [InlineData("C1,2024-05-03,ZZ1 2AB,IDVA,25-34,female,White,no,police,new,-1,high,none,none,none,yes,no,no,no,no", "dash_ticks", RejectionReason.InvalidNumber,
        "'-1' is not a whole number from 0 to 27")]
    [InlineData("C1,2024-02-30,ZZ1 2AB,IDVA,25-34,female,White,no,police,new,3,high,none,none,none,yes,no,no,no,no", "intake_date", RejectionReason.InvalidDate,
        "'2024-02-30' is not a date of the calendar in a form GeoNeeds reads (yyyy-MM-dd, dd/MM/yyyy)")]
    [InlineData(",2024-05-03,ZZ1 2AB,IDVA,25-34,female,White,no,police,new,3,high,none,none,none,yes,no,no,no,no", "case_id", RejectionReason.MissingValue,
        "case_id is empty")]
    [InlineData("C1,2024-05-03,ZZ1 2AB,IDVA,25-34,female,White,no,police,again,3,high,none,none,none,yes,no,no,no,no", "repeat", RejectionReason.InvalidValue,
        "'again' is not one of new, repeat (or empty)")]
    [InlineData("C1,2024-05-03,ZZ1 2AB,IDVA,25-34,female,White,no,police,new,3,high,none,none,none,maybe,no,no,no,no", "high_risk", RejectionReason.InvalidValue,
        "'maybe' is not one of yes, no, dont_know (or empty)")]
    public void Read_BadValue_RejectsAtFileLineField(string row, string field, string reason, string detail)
    {
        var path = IntakeFile(Intake("C0", "2024-01-01"), row);
        var account = new InputAccount("intake");

        var forms = IntakeFormReader.Read(path, OutcomeService.Adult, account);

        Assert.Equal("C0", Assert.Single(forms).CaseId);
        Assert.Equal(new Rejection("intake", path, 3, field, reason, detail), Assert.Single(account.Rejections));
        Assert.True(account.Read == forms.Count + account.Rejected);
    }

    [Fact]
    public void Read_MissingColumns_ThrowsNamingEveryOneAndTheHeader()
    {
        var path = TestFiles.Write("intake.csv", "case_id,intake_date,postcode\nC1,2024-05-03,ZZ1 2AB\n");

        var error = Assert.Throws<InputDataException>(() => IntakeFormReader.Read(path, OutcomeService.Adult, new InputAccount("intake")));

        Assert.StartsWith($"{path}:1:service: missing columns 'service', 'age', 'sex',", error.Message);
        Assert.EndsWith("; the header has: case_id, intake_date, postcode", error.Message);
    }

    [Fact]
    public void Read_ChildrenService_NeedsTheExposureColumns()
    {
        var path = IntakeFile(Intake("C1", "2024-05-03"));

        var error = Assert.Throws<InputDataException>(() => IntakeFormReader.Read(path, OutcomeService.Children, new InputAccount("intake")));

        Assert.Contains("missing columns 'exposed_to_abuse', 'direct_abuse'", error.Message);
    }

    [Fact]
    public void Read_ExtraColumns_PassThroughToTheProfile()
    {
        var path = TestFiles.Write("intake.csv", $"{IntakeHeader},ethnic_group\n{Intake("C1", "2024-05-03")},White\n");

        var form = Assert.Single(IntakeFormReader.Read(path, OutcomeService.Adult, new InputAccount("intake")));

        Assert.Equal("White", form.Profile["Ethnic_Group"]);
    }
}
