using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>Refuge spaces against a standard (<see cref="RefugeProvision"/>), computed once for the <c>refuge</c> verb and the study's <c>refuge.csv</c>.</summary>
public static class RefugeMeasure
{
    /// <summary>Each area's recommended spaces and shortfall under <paramref name="standard"/>, and the totals (sums of the rows).</summary>
    public static RefugeAssessment Assess(IReadOnlyList<RefugeArea> areas, RefugeStandard standard)
    {
        var rows = areas.Select(area => RefugeProvision.Assess(area.Population, area.Provided, standard)).ToList();
        var total = RefugeProvision.Compare(rows.Sum(r => r.Recommended), rows.Sum(r => r.Provided));
        return new RefugeAssessment(areas, rows, areas.Sum(a => a.Population), total);
    }
}
