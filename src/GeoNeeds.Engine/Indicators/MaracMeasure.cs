using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>
/// MARAC volume (<see cref="MaracVolume"/>) and IDVA capacity (<see cref="IdvaCapacity"/>), computed once for the
/// <c>marac</c> verb and the study's <c>marac.csv</c>.
/// </summary>
public static class MaracMeasure
{
    /// <summary>
    /// Each area's cases against <paramref name="casesPer10000"/> per 10,000 adult women and, with
    /// <paramref name="idvaFtePer100000"/>, its IDVA FTE against that many per 100,000 adult women.
    /// </summary>
    public static IReadOnlyList<MaracAreaResult> Assess(IEnumerable<MaracArea> areas, double casesPer10000 = MaracVolume.SafeLivesCasesPer10000AdultWomen, double? idvaFtePer100000 = null) =>
        [.. areas.Select(area => new MaracAreaResult(
            area,
            MaracVolume.Compare(area.AdultWomen, area.Cases, casesPer10000),
            area.IdvaFte is { } fte && idvaFtePer100000 is { } per ? IdvaCapacity.Compare(area.AdultWomen, fte, per) : null))];
}
