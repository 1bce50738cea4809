namespace GeoNeeds.Engine.Io.Outcomes;

/// <summary>
/// The words forms use for levels, answers and choices, read whatever their case, with spaces, hyphens or an
/// apostrophe in place of the underscore (<c>Don't know</c> is <c>dont_know</c>).
/// </summary>
internal static class OutcomeWords
{
    public const string DontKnow = "dont_know";

    /// <summary>The accepted level words, in the order messages list them.</summary>
    public static IReadOnlyList<string> Levels { get; } = ["high", "moderate", "standard", "none", DontKnow];

    /// <summary>The accepted answers.</summary>
    public static IReadOnlyList<string> Answers { get; } = ["yes", "no", DontKnow];

    /// <summary>The form's word in its canonical spelling (lower case, underscores).</summary>
    public static string Canonical(string word) =>
        word.Trim().ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace('-', ' ').Replace(' ', '_');

    public static AbuseLevel? Level(string canonical) => canonical switch
    {
        "high" => AbuseLevel.High,
        "moderate" => AbuseLevel.Moderate,
        "standard" => AbuseLevel.Standard,
        "none" => AbuseLevel.None,
        DontKnow => AbuseLevel.DontKnow,
        _ => null,
    };

    public static Answer? Answer(string canonical) => canonical switch
    {
        "yes" => Outcomes.Answer.Yes,
        "no" => Outcomes.Answer.No,
        DontKnow => Outcomes.Answer.DontKnow,
        _ => null,
    };

    /// <summary>The word a table prints for <paramref name="level"/>; <c>null</c> when not recorded.</summary>
    public static string? Of(AbuseLevel? level) => level is null ? null : Levels[level switch
    {
        AbuseLevel.High => 0,
        AbuseLevel.Moderate => 1,
        AbuseLevel.Standard => 2,
        AbuseLevel.None => 3,
        _ => 4,
    }];

    /// <summary>The word a table prints for <paramref name="answer"/>; <c>null</c> when not answered.</summary>
    public static string? Of(Answer? answer) => answer is { } given ? Answers[(int)given] : null;

    /// <summary>The rejection detail for a word that is none of <paramref name="accepted"/>.</summary>
    public static string Unknown(string written, IEnumerable<string> accepted) => $"'{written}' is not one of {string.Join(", ", accepted)} (or empty)";
}
