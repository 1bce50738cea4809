namespace GeoNeeds.Synthetic;

/// <summary>
/// The level of each abuse type a case's forms record (<c>high</c>, <c>moderate</c>, <c>standard</c>, <c>none</c>,
/// <c>dont_know</c>): more and worse abuse at intake where the DASH score is higher, and mostly less at exit.
/// </summary>
internal static class AbuseLevels
{
    /// <summary>The abuse types, as the forms' column names.</summary>
    public static readonly IReadOnlyList<string> Types = ["physical", "sexual", "harassment_stalking", "jealous_controlling"];

    private const string None = "none";
    private const double DontKnowShare = 0.03;

    private static readonly string[] Severities = ["standard", "moderate", "high"];

    // Shares of adult service users reporting each type at intake, in the order of Types, about those of published
    // adult outreach and IDVA outcome reports: jealous and controlling behaviour is near universal, sexual abuse
    // least often recorded.
    private static readonly double[] Prevalence = [0.62, 0.27, 0.55, 0.86];

    // How much likelier each type is in the standard, medium and high DASH bands.
    private static readonly double[] PrevalenceByBand = [0.75, 1.0, 1.15];

    // Standard, moderate and high severity for a type present at intake, weighted by DASH band.
    private static readonly WeightedChoice<string>[] SeverityByBand =
    [
        new([("standard", 55), ("moderate", 35), ("high", 10)]),
        new([("standard", 30), ("moderate", 45), ("high", 25)]),
        new([("standard", 15), ("moderate", 35), ("high", 50)]),
    ];

    /// <summary>The level of abuse type <paramref name="type"/> (an index into <see cref="Types"/>) at intake.</summary>
    public static string AtIntake(int type, int dashBand, Random random)
    {
        if (RandomDraws.Chance(random, DontKnowShare))
        {
            return YesNo.DontKnow;
        }

        if (!RandomDraws.Chance(random, Math.Min(0.97, Prevalence[type] * PrevalenceByBand[dashBand])))
        {
            return None;
        }

        return SeverityByBand[dashBand].Draw(random);
    }

    /// <summary>
    /// The level at exit given <paramref name="atIntake"/>: of those with the abuse, about 55% report none, 20% less,
    /// 20% the same and 5% more; of those without, about 8% report some.
    /// </summary>
    public static string AtExit(string atIntake, Random random)
    {
        if (RandomDraws.Chance(random, DontKnowShare))
        {
            return YesNo.DontKnow;
        }

        var severity = Array.IndexOf(Severities, atIntake);
        if (severity < 0)
        {
            // None or unknown at intake: mostly none at exit, sometimes abuse that began or was disclosed later.
            return RandomDraws.Chance(random, 0.92) ? None : Severities[random.Next(Severities.Length)];
        }

        var draw = random.NextDouble();
        return draw switch
        {
            < 0.55 => None,
            < 0.75 => severity > 0 ? Severities[random.Next(severity)] : None,
            < 0.95 => atIntake,
            _ => Severities[Math.Min(severity + 1, Severities.Length - 1)],
        };
    }
}
