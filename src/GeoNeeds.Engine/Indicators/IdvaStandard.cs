using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>
/// What the IDVAs in post are compared against: SafeLives' caseload (<see cref="IdvaCaseload"/>, the default) or
/// a number of FTE per 100,000 adult women (<see cref="IdvaCapacity"/>).
/// </summary>
/// <param name="CasesPerIdva">Cases a year one full-time IDVA can hold; null for the per-population form.</param>
/// <param name="FtePer100000">FTE per 100,000 adult women; null for the caseload form.</param>
public sealed record IdvaStandard(double? CasesPerIdva, double? FtePer100000)
{
    /// <summary>SafeLives' caseload rule: recommended FTE = cases ÷ <paramref name="casesPerIdva"/> (100).</summary>
    public static IdvaStandard Caseload(double casesPerIdva = IdvaCaseload.SafeLivesCasesPerIdva) => new(casesPerIdva, null);

    /// <summary>Recommended FTE = adult women ÷ 100,000 × <paramref name="ftePer100000"/>.</summary>
    public static IdvaStandard PerAdultWomen(double ftePer100000) => new(null, ftePer100000);

    /// <summary>Whether the IDVAs are also compared with the cases actually heard (caseload form only).</summary>
    public bool OnCasesHeard => CasesPerIdva is not null;
}
