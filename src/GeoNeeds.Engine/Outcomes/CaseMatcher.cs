using GeoNeeds.Engine.Accounting;
using GeoNeeds.Engine.Io.Outcomes;

namespace GeoNeeds.Engine.Outcomes;

/// <summary>Pairs each case's exit form with one intake form, accounting for every form either way.</summary>
public static class CaseMatcher
{
    /// <summary>
    /// One <see cref="OutcomeCase"/> per case id with an intake, in the order of first intake. A case keeps its latest
    /// intake dated on or before its exit (or, when still open, its latest); a case whose every intake is dated after
    /// its exit keeps its earliest (<see cref="OutcomeCase.IntakeAfterExit"/>). The other intakes are rejected as
    /// <see cref="RejectionReason.SupersededIntake"/>, naming the line kept; exits whose case has no intake as
    /// <see cref="RejectionReason.UnmatchedExit"/>. Kept intakes and matched exits are counted as matched.
    /// </summary>
    public static IReadOnlyList<OutcomeCase> Match(
        IReadOnlyList<IntakeForm> intakes, IReadOnlyList<ExitForm> exits, InputAccount intakeAccount, InputAccount exitAccount, string intakeFile, string exitFile)
    {
        ArgumentNullException.ThrowIfNull(intakeAccount);
        ArgumentNullException.ThrowIfNull(exitAccount);
        var exitOf = exits.ToDictionary(exit => exit.CaseId, StringComparer.Ordinal);
        var cases = new List<OutcomeCase>();
        foreach (var forms in intakes.GroupBy(intake => intake.CaseId, StringComparer.Ordinal))
        {
            var exit = exitOf.GetValueOrDefault(forms.Key);
            var kept = Kept([.. forms], exit);
            foreach (var other in forms.Where(form => form != kept))
            {
                intakeAccount.Reject(new Rejection(intakeAccount.Name, intakeFile, other.Line, OutcomeColumns.CaseId, RejectionReason.SupersededIntake,
                    $"case '{forms.Key}' has another intake form, on line {kept.Line}, which is used"));
            }

            intakeAccount.CountMatched();
            if (exit is not null)
            {
                exitAccount.CountMatched();
            }

            cases.Add(new OutcomeCase(kept, exit));
        }

        var withIntake = cases.Select(c => c.Intake.CaseId).ToHashSet(StringComparer.Ordinal);
        foreach (var exit in exits.Where(exit => !withIntake.Contains(exit.CaseId)))
        {
            exitAccount.Reject(new Rejection(exitAccount.Name, exitFile, exit.Line, OutcomeColumns.CaseId, RejectionReason.UnmatchedExit,
                $"case '{exit.CaseId}' has no intake form"));
        }

        return cases;
    }

    private static IntakeForm Kept(IReadOnlyList<IntakeForm> forms, ExitForm? exit)
    {
        var latestFirst = forms.OrderByDescending(form => form.IntakeDate).ThenByDescending(form => form.Line).ToList();
        return exit is null ? latestFirst[0] : latestFirst.FirstOrDefault(form => form.IntakeDate <= exit.ExitDate) ?? latestFirst[^1];
    }
}
