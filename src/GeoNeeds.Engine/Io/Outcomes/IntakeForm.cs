namespace GeoNeeds.Engine.Io.Outcomes;

/// <summary>One intake form of a domestic-abuse service (a case's first assessment), as read and checked.</summary>
/// <param name="Line">1-based physical line in the source file.</param>
/// <param name="CaseId">The case the form belongs to.</param>
/// <param name="IntakeDate">The date of the intake.</param>
/// <param name="Place">The postcode or area code the case is recorded at, as written; <c>null</c> when empty.</param>
/// <param name="DashTicks">The DASH risk checklist score, 0–27; <c>null</c> when not recorded.</param>
/// <param name="Abuse">The level of each of <see cref="OutcomeColumns.AbuseTypes"/>; <c>null</c> when not recorded.</param>
/// <param name="Answers">The yes/no questions (<see cref="OutcomeColumns.IntakeAnswers"/>); <c>null</c> when not answered.</param>
/// <param name="Profile">
/// The descriptive fields (<see cref="OutcomeColumns.IntakeProfile"/>) and every column the forms add, by header name
/// (case ignored); <c>null</c> when empty.
/// </param>
public sealed record IntakeForm(
    long Line,
    string CaseId,
    DateOnly IntakeDate,
    string? Place,
    int? DashTicks,
    IReadOnlyDictionary<string, AbuseLevel?> Abuse,
    IReadOnlyDictionary<string, Answer?> Answers,
    IReadOnlyDictionary<string, string?> Profile);
