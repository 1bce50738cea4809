using GeoNeeds.Engine.Io.Outcomes;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Outcomes;

/// <summary>
/// A children's service question (exposure to abuse, direct abuse) answered at intake and at exit, for closed cases
/// answered yes or no at both: <c>outcomes_children.csv</c>.
/// </summary>
/// <param name="AtIntake">The answers at intake.</param>
/// <param name="AtExit">The same cases' answers at exit.</param>
/// <param name="Change">McNemar's test of yes → no against no → yes.</param>
public sealed record ChildrenChange(Breakdown AtIntake, Breakdown AtExit, PairedTest Change)
{
    /// <summary>The questions asked.</summary>
    public static IReadOnlyList<string> Questions { get; } = [OutcomeColumns.ExposedToAbuse, OutcomeColumns.DirectAbuse];

    /// <summary>The change in <paramref name="question"/> over the closed <paramref name="cases"/>.</summary>
    public static ChildrenChange Of(string question, IEnumerable<OutcomeCase> cases)
    {
        var answered = cases
            .Where(c => c.Intake.Answers[question] is Answer.Yes or Answer.No && c.Exit?.Answers[question] is Answer.Yes or Answer.No)
            .Select(c => (Intake: c.Intake.Answers[question] == Answer.Yes, Exit: c.Exit!.Answers[question] == Answer.Yes))
            .ToList();
        var baseName = $"closed cases answering {question} yes or no at intake and exit";
        string[] yesNo = ["yes", "no"];
        return new ChildrenChange(
            Breakdown.Of($"{question}_intake", baseName, answered, a => a.Intake ? "yes" : "no", yesNo),
            Breakdown.Of($"{question}_exit", baseName, answered, a => a.Exit ? "yes" : "no", yesNo),
            new PairedTest(question, "yes vs no", baseName, answered.Count,
                McNemarTest.Calculate(answered.Count(a => a.Intake && !a.Exit), answered.Count(a => !a.Intake && a.Exit))));
    }
}
