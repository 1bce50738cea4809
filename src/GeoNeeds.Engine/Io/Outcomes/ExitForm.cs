namespace GeoNeeds.Engine.Io.Outcomes;

/// <summary>One exit form of a domestic-abuse service (the case's closing assessment), as read and checked.</summary>
/// <param name="Line">1-based physical line in the source file.</param>
/// <param name="CaseId">The case the form closes.</param>
/// <param name="ExitDate">The date the case closed.</param>
/// <param name="Closure"><c>planned</c> or <c>unplanned</c>; <c>null</c> when not recorded.</param>
/// <param name="Contacts">The number of contacts with the client; <c>null</c> when not recorded.</param>
/// <param name="DashTicks">The DASH score at exit, 0–27; <c>null</c> when not recorded.</param>
/// <param name="Abuse">The level of each of <see cref="OutcomeColumns.AbuseTypes"/> at exit; <c>null</c> when not recorded.</param>
/// <param name="Answers">The yes/no questions (<see cref="OutcomeColumns.ExitAnswers"/>); <c>null</c> when not answered.</param>
/// <param name="Profile">The closure reason and every column the forms add, by header name (case ignored); <c>null</c> when empty.</param>
public sealed record ExitForm(
    long Line,
    string CaseId,
    DateOnly ExitDate,
    string? Closure,
    int? Contacts,
    int? DashTicks,
    IReadOnlyDictionary<string, AbuseLevel?> Abuse,
    IReadOnlyDictionary<string, Answer?> Answers,
    IReadOnlyDictionary<string, string?> Profile);
