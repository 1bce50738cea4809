namespace GeoNeeds.Synthetic;

/// <summary>One invented case of a domestic-abuse service, as its forms would record it if filled in perfectly.</summary>
/// <param name="CaseId">The service's case reference, e.g. <c>AD00042</c>.</param>
/// <param name="IntakeDate">The day the case was opened.</param>
/// <param name="ExitDate">The day the case was closed; may lie beyond the demo year, when the case is still open.</param>
/// <param name="Intake">The intake form's answers by column, every column but <c>case_id</c> and <c>intake_date</c>.</param>
/// <param name="Exit">The exit form's answers by column, every column but <c>case_id</c> and <c>exit_date</c>.</param>
internal sealed record ServiceCase(
    string CaseId,
    DateOnly IntakeDate,
    DateOnly ExitDate,
    IReadOnlyDictionary<string, string> Intake,
    IReadOnlyDictionary<string, string> Exit);
