namespace GeoNeeds.Synthetic;

/// <summary>
/// The intake form's yes/no flags for so-called honour-based abuse, forced marriage and female genital mutilation:
/// rare, and sometimes not known.
/// </summary>
internal static class HarmfulPractices
{
    /// <summary>The flags, as the forms' column names.</summary>
    public static readonly IReadOnlyList<string> Types = ["forced_marriage", "honour_based", "fgm"];

    // Shares answered yes, in the order of Types: a percent or two of cases in published service outcome data.
    private static readonly double[] YesShare = [0.015, 0.02, 0.006];

    private const double DontKnowShare = 0.04;

    /// <summary>The answer for flag <paramref name="type"/> (an index into <see cref="Types"/>).</summary>
    public static string Answer(int type, Random random) =>
        RandomDraws.Chance(random, DontKnowShare) ? YesNo.DontKnow : YesNo.Of(RandomDraws.Chance(random, YesShare[type]));
}
