namespace GeoNeeds.Engine.Tests.Io.Outcomes;

/// <summary>Small intake and exit files for the outcome tests: a header with every required column and rows built from a few fields.</summary>
internal static class OutcomeFormFiles
{
    public const string IntakeHeader =
        "case_id,intake_date,postcode,service,age,sex,ethnicity,disability,referral_source,repeat,dash_ticks,physical,sexual,harassment_stalking,jealous_controlling,high_risk,marac,forced_marriage,honour_based,fgm";

    public const string ExitHeader =
        "case_id,exit_date,closure,closure_reason,contacts,dash_ticks,physical,sexual,harassment_stalking,jealous_controlling,feels_safer,wellbeing_improved";

    /// <summary>An intake row: the case, its date, its DASH score and its physical-abuse level; the rest plausible.</summary>
    public static string Intake(string caseId, string date, string dash = "12", string physical = "high") =>
        $"{caseId},{date},ZZ1 2AB,IDVA,25-34,female,White British,no,police,new,{dash},{physical},none,moderate,high,yes,yes,no,no,no";

    /// <summary>An exit row: the case, its date, its DASH score and its physical-abuse level; the rest plausible.</summary>
    public static string Exit(string caseId, string date, string dash = "4", string physical = "none", string contacts = "12") =>
        $"{caseId},{date},planned,safety achieved,{contacts},{dash},{physical},none,standard,moderate,yes,yes";

    public static string IntakeFile(params string[] rows) => TestFiles.Write("intake.csv", string.Join('\n', [IntakeHeader, .. rows]) + "\n");

    public static string ExitFile(params string[] rows) => TestFiles.Write("exit.csv", string.Join('\n', [ExitHeader, .. rows]) + "\n");
}
