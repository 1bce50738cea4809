using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>
/// MARAC volume (<see cref="MaracVolume"/>) and IDVA capacity (<see cref="IdvaCaseload"/> or
/// <see cref="IdvaCapacity"/>), computed once for the <c>marac</c> verb and the study's <c>marac.csv</c>.
/// </summary>
public static class MaracMeasure
{
    /// <summary>
    /// Each area's cases against <paramref name="casesPer10000"/> per 10,000 adult women and, for areas with IDVAs
    /// in post, their FTE against <paramref name="idva"/> (default SafeLives' caseload of 100 cases a year, applied
    /// to the expected cases and to the cases heard).
    /// </summary>
    public static IReadOnlyList<MaracAreaResult> Assess(IEnumerable<MaracArea> areas, double casesPer10000 = MaracVolume.SafeLivesCasesPer10000AdultWomen, IdvaStandard? idva = null)
    {
        var standard = idva ?? IdvaStandard.Caseload();
        return [.. areas.Select(area =>
        {
            var marac = MaracVolume.Compare(area.AdultWomen, area.Cases, casesPer10000);
            if (area.IdvaFte is not { } fte)
            {
                return new MaracAreaResult(area, marac, null);
            }

            return standard.CasesPerIdva is { } caseload
                ? new MaracAreaResult(area, marac, IdvaCaseload.Compare(marac.ExpectedCases, fte, caseload), IdvaCaseload.Compare(area.Cases, fte, caseload))
                : new MaracAreaResult(area, marac, IdvaCapacity.Compare(area.AdultWomen, fte, standard.FtePer100000!.Value));
        })];
    }
}
