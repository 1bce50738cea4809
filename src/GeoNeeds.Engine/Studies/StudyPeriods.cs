using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Studies;

/// <summary>A study's <c>periods</c>: which inputs they can be measured on, and each period's denominators.</summary>
internal static class StudyPeriods
{
    /// <summary>The study's periods, in its order.</summary>
    public static IReadOnlyList<TrendPeriod> Of(StudyDefinition study) => [.. study.Periods.Select(p => new TrendPeriod(p.Name, p.From, p.To))];

    /// <summary>
    /// Whether the input's events run from the first month of the earliest period to the last of the latest: a period
    /// before an input's data starts would otherwise show as a fall to nothing.
    /// </summary>
    public static bool Covers(StudyDefinition study, InputResult input)
    {
        if (study.Periods.Count == 0)
        {
            return false;
        }

        var months = input.Counts.Months.Where(m => m.Length > 0).ToList();
        if (months.Count == 0)
        {
            return false;
        }

        var (first, last) = (months.Min(StringComparer.Ordinal), months.Max(StringComparer.Ordinal));
        return study.Periods.All(p => string.CompareOrdinal(p.From, first) >= 0 && string.CompareOrdinal(p.To, last) <= 0);
    }

    /// <summary>
    /// Per period, each indicator's denominator per base area read from the period's own population, or null for a
    /// period without one (its rates are over the study's denominators). A denominator table (<c>{ path, column }</c>)
    /// serves every period alike; residents and children come from the period's population.
    /// </summary>
    /// <param name="read">Reads a population file in the study population's format: by age and sex when so, and the totals per base area.</param>
    public static IReadOnlyList<IReadOnlyList<IReadOnlyDictionary<string, double>>?> Denominators(StudyDefinition study,
        Func<SourceDefinition, (IReadOnlyList<PopulationCount>? AgeSex, IReadOnlyDictionary<string, double>? Totals)> read)
    {
        return [.. study.Periods.Select(period =>
        {
            if (period.Population is not { } path)
            {
                return null;
            }

            var (ageSex, totals) = read(study.Population! with { Path = path });
            return (IReadOnlyList<IReadOnlyDictionary<string, double>>?)[.. study.Indicators.Select(d => StudyDenominators.Read(study, d, ageSex) ?? totals!)];
        })];
    }

    /// <summary>
    /// The inputs the study's periods cannot be measured on, as warnings (<see cref="Covers"/>).
    /// </summary>
    public static IEnumerable<string> Uncovered(StudyDefinition study, IReadOnlyList<InputResult> inputs) =>
        study.Periods.Count == 0 ? [] : study.Indicators
            .Where(d => !Covers(study, inputs.Single(i => i.Definition.Name == d.Input)))
            .Select(d => $"periods: the events of input '{d.Input}' do not run from {study.Periods.Min(p => p.From)} to {study.Periods.Max(p => p.To)}, so indicator '{d.Name}' has no trend");
}
