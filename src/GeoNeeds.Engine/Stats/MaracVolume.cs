namespace GeoNeeds.Engine.Stats;

/// <summary>
/// MARAC (multi-agency risk assessment conference) case volumes against SafeLives' recommendation of 40 cases a
/// year per 10,000 adult women.
/// </summary>
public static class MaracVolume
{
    /// <summary>SafeLives' recommended MARAC volume: cases a year per 10,000 adult women.</summary>
    public const double SafeLivesCasesPer10000AdultWomen = 40;

    /// <summary>Where the recommendation comes from, for output metadata.</summary>
    public const string Source =
        "SafeLives recommended MARAC volume: 40 cases a year per 10,000 adult women (SafeLives MARAC data; " +
        "ONS, Domestic abuse victim services, England and Wales, 2019: 88,461 cases against 93,220 recommended, " +
        "38 per 10,000 adult women against 40).";

    /// <summary>
    /// The cases a year the recommendation expects: adult women ÷ 10,000 × <paramref name="casesPer10000"/>
    /// (SafeLives; ONS, Domestic abuse victim services, England and Wales, 2019).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The population or the recommendation is negative or not finite.</exception>
    public static double ExpectedCases(double adultWomen, double casesPer10000 = SafeLivesCasesPer10000AdultWomen)
    {
        NonNegative.Require(adultWomen, nameof(adultWomen));
        NonNegative.Require(casesPer10000, nameof(casesPer10000));
        return adultWomen / 10_000 * casesPer10000;
    }

    /// <summary>
    /// Cases against the recommendation: expected cases, cases per 10,000 adult women, cases − expected and
    /// cases as a percentage of expected. ONS (2019) compared England and Wales' 88,461 cases with the 93,220 the
    /// recommendation gave, 38 per 10,000 adult women against 40.
    /// </summary>
    /// <remarks>
    /// Rate and percentage are null for a population of 0 rather than a division by zero; nothing is rounded
    /// (ONS rounds the rate to whole cases per 10,000 when it prints it).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative or not finite.</exception>
    public static MaracComparison Compare(double adultWomen, double cases, double casesPer10000 = SafeLivesCasesPer10000AdultWomen)
    {
        NonNegative.Require(cases, nameof(cases));
        var expected = ExpectedCases(adultWomen, casesPer10000);
        double? rate = adultWomen > 0 ? cases / adultWomen * 10_000 : null;
        double? percent = expected > 0 ? cases / expected * 100 : null;
        return new MaracComparison(expected, rate, cases - expected, percent);
    }
}
