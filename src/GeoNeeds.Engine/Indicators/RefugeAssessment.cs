using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>Every area's provision against the standard, and the totals over all of them.</summary>
/// <param name="Inputs">The areas assessed.</param>
/// <param name="Areas">One comparison per area, in the order of <paramref name="Inputs"/>.</param>
/// <param name="Total">Summed recommended and provided spaces, compared as one area.</param>
public sealed record RefugeAssessment(IReadOnlyList<RefugeArea> Inputs, IReadOnlyList<RefugeComparison> Areas, double TotalPopulation, RefugeComparison Total);
