using GeoNeeds.Engine.Io.Population;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>
/// Expected victims from survey prevalence (<see cref="ExpectedPrevalence"/>) set against recorded numbers,
/// computed once for the <c>prevalence</c> verb and the study's <c>&lt;level&gt;_prevalence.csv</c>.
/// </summary>
public static class PrevalenceMeasure
{
    /// <summary>
    /// Expected victims per area (in the order areas first appear) and, with <paramref name="recorded"/>, each
    /// area's recorded number and recorded ÷ expected.
    /// </summary>
    /// <param name="names">Area code → name; an area without one gets "".</param>
    public static IReadOnlyList<PrevalenceResult> Assess(
        IEnumerable<PopulationCount> counts,
        PrevalenceSurvey survey,
        IReadOnlyDictionary<string, string> names,
        IReadOnlyDictionary<string, double>? recorded = null) =>
        [.. ExpectedPrevalence.ForAreas(counts, survey).Select(expected =>
        {
            double? count = recorded?.TryGetValue(expected.AreaCode, out var r) == true ? r : null;
            return new PrevalenceResult(expected, names.GetValueOrDefault(expected.AreaCode, ""), count, count is { } c && expected.All > 0 ? c / expected.All : null);
        })];
}
