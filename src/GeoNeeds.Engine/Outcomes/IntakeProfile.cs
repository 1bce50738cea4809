using GeoNeeds.Engine.Io.Outcomes;

namespace GeoNeeds.Engine.Outcomes;

/// <summary>Who the service took on: every intake field counted over the cases, <c>outcomes_intake_profile.csv</c>.</summary>
public static class IntakeProfile
{
    public const string BaseName = "cases (one intake form each)";
    public const string MultipleTypes = "multiple_abuse_types";
    public const string AnyHigh = "any_high_severity_abuse";

    /// <summary>
    /// One <see cref="Breakdown"/> per field over every case's intake: the descriptive fields, then
    /// <paramref name="extraFields"/> (columns the forms add), the DASH band, each abuse type's level, whether two or
    /// more types are present (standard or above), whether any is high, and the yes/no questions of
    /// <paramref name="service"/>. Empty values are counted as <see cref="Breakdown.Missing"/>.
    /// </summary>
    public static IReadOnlyList<Breakdown> Of(IReadOnlyCollection<OutcomeCase> cases, OutcomeService service, IEnumerable<string> extraFields)
    {
        var intakes = cases.Select(c => c.Intake).ToList();
        var fields = OutcomeColumns.IntakeProfile.Concat(extraFields).Distinct(StringComparer.OrdinalIgnoreCase);
        return
        [
            .. fields.Select(field => Breakdown.Of(field, BaseName, intakes, i => i.Profile.GetValueOrDefault(field),
                field == OutcomeColumns.Repeat ? OutcomeColumns.RepeatWords : [])),
            Breakdown.Of("dash_band", BaseName, intakes, i => DashBand.Of(i.DashTicks), DashBand.All),
            .. OutcomeColumns.AbuseTypes.Select(type => Breakdown.Of(type, BaseName, intakes, i => OutcomeWords.Of(i.Abuse[type]), OutcomeWords.Levels)),
            Breakdown.Of(MultipleTypes, BaseName, intakes, i => Word(i.Abuse.Values.Count(Present) >= 2), YesNo),
            Breakdown.Of(AnyHigh, BaseName, intakes, i => Word(i.Abuse.Values.Any(level => level == AbuseLevel.High)), YesNo),
            .. OutcomeColumns.IntakeAnswers(service).Select(question =>
                Breakdown.Of(question, BaseName, intakes, i => OutcomeWords.Of(i.Answers[question]), OutcomeWords.Answers)),
        ];
    }

    private static IReadOnlyList<string> YesNo { get; } = ["yes", "no"];

    private static string Word(bool yes) => yes ? "yes" : "no";

    private static bool Present(AbuseLevel? level) => level is AbuseLevel.Standard or AbuseLevel.Moderate or AbuseLevel.High;
}
