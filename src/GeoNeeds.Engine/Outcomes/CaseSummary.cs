using GeoNeeds.Engine.Io.Outcomes;

namespace GeoNeeds.Engine.Outcomes;

/// <summary>What happened to closed cases: <c>outcomes_case.csv</c>.</summary>
/// <param name="Breakdowns">
/// Closure (planned, unplanned), closure reason, intake after exit ("errors"), case length bands (errors left out),
/// contact bands, feels safer and wellbeing improved.
/// </param>
/// <param name="Medians">Case length in weeks (errors left out) and contacts.</param>
public sealed record CaseSummary(IReadOnlyList<Breakdown> Breakdowns, IReadOnlyList<OutcomeMedian> Medians)
{
    public const string BaseName = "closed cases";
    public const string DatedBaseName = "closed cases with intake on or before exit";
    public const string Errors = "intake_after_exit";

    /// <summary>The summary of the closed <paramref name="cases"/>.</summary>
    public static CaseSummary Of(IEnumerable<OutcomeCase> cases)
    {
        var closed = cases.Where(c => c.Exit is not null).ToList();
        var dated = closed.Where(c => !c.IntakeAfterExit).ToList();
        var withContacts = closed.Where(c => c.Exit!.Contacts is not null).ToList();
        return new CaseSummary(
        [
            Breakdown.Of(OutcomeColumns.Closure, BaseName, closed, c => c.Exit!.Closure, OutcomeColumns.ClosureWords),
            Breakdown.Of(OutcomeColumns.ClosureReason, BaseName, closed, c => c.Exit!.Profile.GetValueOrDefault(OutcomeColumns.ClosureReason), []),
            Breakdown.Share("errors", Errors, BaseName, closed, c => c.IntakeAfterExit),
            Breakdown.Of("case_length", DatedBaseName, dated, c => CaseLength.Band(CaseLength.Months(c.Intake.IntakeDate, c.Exit!.ExitDate)), CaseLength.Bands),
            Breakdown.Of(OutcomeColumns.Contacts, BaseName, closed, c => ContactBand.Of(c.Exit!.Contacts), ContactBand.All),
            Breakdown.Of(OutcomeColumns.FeelsSafer, BaseName, closed, c => OutcomeWords.Of(c.Exit!.Answers[OutcomeColumns.FeelsSafer]), OutcomeWords.Answers),
            Breakdown.Of(OutcomeColumns.WellbeingImproved, BaseName, closed, c => OutcomeWords.Of(c.Exit!.Answers[OutcomeColumns.WellbeingImproved]), OutcomeWords.Answers),
        ],
        [
            OutcomeMedian.Of("case_length_weeks", DatedBaseName, [.. dated.Select(c => CaseLength.Weeks(c.Intake.IntakeDate, c.Exit!.ExitDate))]),
            OutcomeMedian.Of("contacts", "closed cases with contacts recorded", [.. withContacts.Select(c => (double)c.Exit!.Contacts!.Value)]),
        ]);
    }
}
