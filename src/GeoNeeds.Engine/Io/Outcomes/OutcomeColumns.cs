namespace GeoNeeds.Engine.Io.Outcomes;

/// <summary>
/// The columns of intake and exit forms, as the README documents them: names are matched whatever their case and
/// padding, and every listed column must be in the header (a value may be empty: missing).
/// </summary>
public static class OutcomeColumns
{
    public const string CaseId = "case_id";
    public const string IntakeDate = "intake_date";
    public const string ExitDate = "exit_date";
    public const string Postcode = "postcode";
    public const string AreaCode = "area_code";
    public const string DashTicks = "dash_ticks";
    public const string Repeat = "repeat";
    public const string Closure = "closure";
    public const string ClosureReason = "closure_reason";
    public const string Contacts = "contacts";
    public const string ExposedToAbuse = "exposed_to_abuse";
    public const string DirectAbuse = "direct_abuse";
    public const string FeelsSafer = "feels_safer";
    public const string WellbeingImproved = "wellbeing_improved";

    /// <summary>The highest DASH score: the checklist has 27 questions.</summary>
    public const int MaximumDashTicks = 27;

    /// <summary>The abuse types whose level both forms record.</summary>
    public static IReadOnlyList<string> AbuseTypes { get; } = ["physical", "sexual", "harassment_stalking", "jealous_controlling"];

    /// <summary>The descriptive fields of an intake form, profiled as written (<c>repeat</c> must be <c>new</c> or <c>repeat</c>).</summary>
    public static IReadOnlyList<string> IntakeProfile { get; } = ["service", "age", "sex", "ethnicity", "disability", "referral_source", Repeat];

    /// <summary>The values <c>repeat</c> may take.</summary>
    public static IReadOnlyList<string> RepeatWords { get; } = ["new", "repeat"];

    /// <summary>The values <c>closure</c> may take.</summary>
    public static IReadOnlyList<string> ClosureWords { get; } = ["planned", "unplanned"];

    /// <summary>The yes/no questions of an intake form of <paramref name="service"/>.</summary>
    public static IReadOnlyList<string> IntakeAnswers(OutcomeService service) =>
        ["high_risk", "marac", "forced_marriage", "honour_based", "fgm", .. ChildrenAnswers(service)];

    /// <summary>The yes/no questions of an exit form of <paramref name="service"/>.</summary>
    public static IReadOnlyList<string> ExitAnswers(OutcomeService service) => [FeelsSafer, WellbeingImproved, .. ChildrenAnswers(service)];

    /// <summary>The columns an intake file must have, the place (postcode or area code) apart.</summary>
    public static IReadOnlyList<string> Intake(OutcomeService service) =>
        [CaseId, IntakeDate, .. IntakeProfile, DashTicks, .. AbuseTypes, .. IntakeAnswers(service)];

    /// <summary>The columns an exit file must have.</summary>
    public static IReadOnlyList<string> Exit(OutcomeService service) =>
        [CaseId, ExitDate, Closure, ClosureReason, Contacts, DashTicks, .. AbuseTypes, .. ExitAnswers(service)];

    private static IEnumerable<string> ChildrenAnswers(OutcomeService service) =>
        service == OutcomeService.Children ? [ExposedToAbuse, DirectAbuse] : [];
}
