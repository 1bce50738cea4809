using GeoNeeds.Engine.Io.Outcomes;
using GeoNeeds.Engine.Outcomes;
using static GeoNeeds.Engine.Tests.Outcomes.Cases;

namespace GeoNeeds.Engine.Tests.Outcomes;

public class CaseSummaryTests
{
    [Fact]
    public void Of_IntakeAfterExit_IsCountedAsAnErrorAndLeftOutOfLength()
    {
        var summary = CaseSummary.Of([Case(intakeDate: "2024-04-01", exitDate: "2024-06-15"), Case(intakeDate: "2024-07-01", exitDate: "2024-06-15")]);

        var errors = Breakdown(summary, "errors");
        var length = Breakdown(summary, "case_length");
        Assert.Equal((2L, 1L), (errors.N, errors.CountOf("intake_after_exit")));
        Assert.Equal((1L, 1L), (length.N, length.CountOf("2-3 months")));
        Assert.Equal(75 / 7.0, summary.Medians[0].Value!.Value, 1e-12);
    }

    [Fact]
    public void Of_MissingAnswers_AreShownAsTheirOwnRow()
    {
        var summary = CaseSummary.Of([Case(feelsSafer: Answer.Yes), Case(feelsSafer: Answer.DontKnow), Case()]);

        Assert.Equal([("yes", 1L), ("no", 0L), ("dont_know", 1L), ("missing", 1L)], Breakdown(summary, "feels_safer").Categories.Select(c => (c.Category, c.Count)));
    }

    [Fact]
    public void Of_Contacts_AreBandedWithTheirMedian()
    {
        var summary = CaseSummary.Of([Case(contacts: 3), Case(contacts: 12), Case(contacts: 40), Case(contacts: 7)]);

        Assert.Equal([0L, 1, 1, 1, 0, 1], Breakdown(summary, "contacts").Categories.Take(6).Select(c => c.Count));
        Assert.Equal(9.5, summary.Medians[1].Value);
    }

    [Theory]
    [InlineData("2024-04-01", "2024-05-01", 1)]
    [InlineData("2024-04-15", "2024-05-14", 0)]
    [InlineData("2024-01-31", "2024-12-31", 11)]
    public void Months_CountsACalendarMonthOnceItsDayIsReached(string intake, string exit, int months)
    {
        Assert.Equal(months, CaseLength.Months(DateOnly.Parse(intake, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(exit, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2024-03-31", "2023-24")]
    [InlineData("2024-04-01", "2024-25")]
    [InlineData("2000-01-01", "1999-00")]
    public void FinancialYear_StartsOnTheFirstOfApril(string date, string year)
    {
        Assert.Equal(year, FinancialYear.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static Breakdown Breakdown(CaseSummary summary, string measure) => summary.Breakdowns.Single(b => b.Measure == measure);
}
