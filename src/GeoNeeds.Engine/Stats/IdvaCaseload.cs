namespace GeoNeeds.Engine.Stats;

/// <summary>IDVA capacity by SafeLives' caseload rule: an IDVA can hold no more than 100 cases a year.</summary>
public static class IdvaCaseload
{
    /// <summary>SafeLives' recommended caseload: MARAC cases a year per full-time IDVA.</summary>
    public const double SafeLivesCasesPerIdva = 100;

    /// <summary>Where the rule comes from, for output metadata.</summary>
    public const string Source =
        "SafeLives: a full-time IDVA should hold no more than 100 high-risk cases a year, so recommended FTE = MARAC cases / 100 " +
        "(SafeLives' recommended IDVA caseload, as Coventry's domestic abuse needs assessment applies it: 577 expected cases, 5.77 FTE).";

    /// <summary>
    /// Recommended FTE = <paramref name="cases"/> ÷ <paramref name="casesPerIdva"/> and the gap to the
    /// <paramref name="fte"/> in post (SafeLives' caseload rule; Coventry's needs assessment: 577 expected MARAC
    /// cases give 5.77 FTE).
    /// </summary>
    /// <remarks>
    /// Apply it to the cases the MARAC volume expects and to the cases actually heard: the first says what the
    /// population needs, the second what the caseload already needs. Nothing is rounded.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative or not finite, or the caseload is 0.</exception>
    public static IdvaComparison Compare(double cases, double fte, double casesPerIdva = SafeLivesCasesPerIdva)
    {
        NonNegative.Require(cases, nameof(cases));
        NonNegative.Require(fte, nameof(fte));
        NonNegative.Require(casesPerIdva, nameof(casesPerIdva));
        if (casesPerIdva == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(casesPerIdva), casesPerIdva, "The caseload per IDVA must be above 0.");
        }

        var recommended = cases / casesPerIdva;
        return new IdvaComparison(recommended, fte, recommended - fte);
    }
}
