using GeoNeeds.Engine.Io.Outcomes;
using GeoNeeds.Engine.Outcomes;

namespace GeoNeeds.Engine.Tests.Outcomes;

/// <summary>Cases built in memory for the outcome tests: only the fields a test is about are given.</summary>
internal static class Cases
{
    private static int _next;

    public static OutcomeCase Case(
        int? dashIntake = null, int? dashExit = null, AbuseLevel? physicalIntake = null, AbuseLevel? physicalExit = null,
        string intakeDate = "2024-04-01", string? exitDate = "2024-06-01", int? contacts = null, string? closure = null,
        Answer? exposedIntake = null, Answer? exposedExit = null, Answer? feelsSafer = null)
    {
        var id = $"C{Interlocked.Increment(ref _next)}";
        var intake = new IntakeForm(2, id, DateOnly.Parse(intakeDate, System.Globalization.CultureInfo.InvariantCulture), null, dashIntake,
            Levels(physicalIntake), Answers(("exposed_to_abuse", exposedIntake)), new Dictionary<string, string?> { ["sex"] = "female" });
        var exit = exitDate is null ? null : new ExitForm(2, id, DateOnly.Parse(exitDate, System.Globalization.CultureInfo.InvariantCulture), closure, contacts, dashExit,
            Levels(physicalExit), Answers(("exposed_to_abuse", exposedExit), ("feels_safer", feelsSafer)), new Dictionary<string, string?>());
        return new OutcomeCase(intake, exit);
    }

    /// <summary><paramref name="count"/> copies of a case made by <paramref name="make"/>.</summary>
    public static IEnumerable<OutcomeCase> Times(int count, Func<OutcomeCase> make) => Enumerable.Range(0, count).Select(_ => make());

    private static Dictionary<string, AbuseLevel?> Levels(AbuseLevel? physical) =>
        OutcomeColumns.AbuseTypes.ToDictionary(type => type, type => type == "physical" ? physical : null);

    private static Dictionary<string, Answer?> Answers(params (string Question, Answer? Answer)[] given)
    {
        var answers = new[] { "high_risk", "marac", "forced_marriage", "honour_based", "fgm", "exposed_to_abuse", "direct_abuse", "feels_safer", "wellbeing_improved" }
            .ToDictionary(q => q, _ => (Answer?)null);
        foreach (var (question, answer) in given)
        {
            answers[question] = answer;
        }

        return answers;
    }
}
