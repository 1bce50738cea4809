using GeoNeeds.Engine.Indicators;
using GeoNeeds.Engine.Publish.Disclosure;

namespace GeoNeeds.Engine.Studies;

/// <summary>
/// The counts <c>&lt;level&gt;_trend.csv</c> publishes for one input, for the run's disclosure control: each area's
/// count per period (the sum of its monthly cells in the period) and in the baseline (the sum of its periods), and the
/// whole study area's, with the sums that tie them to the area's total and to the monthly tables.
/// </summary>
internal sealed class StudyTrendCounts
{
    private readonly IReadOnlyList<TrendPeriod> _periods;
    private readonly IReadOnlyList<string> _baseline;

    private StudyTrendCounts(IReadOnlyList<TrendPeriod> periods, IReadOnlyList<string> baseline) => (_periods, _baseline) = (periods, baseline);

    public static StudyTrendCounts Of(StudyDefinition study) => new(StudyPeriods.Of(study), study.Baseline);

    /// <summary>The period keys' names: every period's, and the baseline's when there is one.</summary>
    public IReadOnlyList<string> Names => [.. _periods.Select(p => p.Name), .. _baseline.Count > 0 ? [TrendMeasure.BaselineName] : Array.Empty<string>()];

    /// <summary>An area's period and baseline counts: each period = Σ its monthly cells; whole = Σ periods + the months outside them; baseline = Σ its periods.</summary>
    public void AddArea(PublishedCounts counts, CountCellKey whole, IReadOnlyList<(string Month, long Count, CountCellKey Key)> monthly)
    {
        var keys = new List<CountCellKey>();
        foreach (var period in _periods)
        {
            var key = whole with { Kind = CountSlice.Period, First = period.Name };
            var inPeriod = monthly.Where(m => period.Holds(m.Month)).ToList();
            counts.Add(key, inPeriod.Sum(m => m.Count));
            counts.Relate(key, inPeriod.Select(m => m.Key).ToList());
            keys.Add(key);
        }

        counts.Relate(whole, [.. keys, .. monthly.Where(m => !_periods.Any(p => p.Holds(m.Month))).Select(m => m.Key)]);
        AddBaseline(counts, whole);
    }

    /// <summary>
    /// The whole study area's period and baseline counts, each the sum of the base areas'; with the base areas' monthly
    /// cells outside the periods they make up the input's total, which the run summary always publishes.
    /// </summary>
    public void AddTotals(PublishedCounts counts, string source, string baseLevel, IReadOnlyList<string> baseCodes)
    {
        var total = CountCellKey.Period(source, "", CountCellKey.TotalArea, "");
        var keys = new List<CountCellKey>();
        foreach (var period in _periods)
        {
            var parts = baseCodes.Select(c => CountCellKey.Period(source, baseLevel, c, period.Name)).ToList();
            var key = total with { First = period.Name };
            counts.Add(key, parts.Sum(p => counts.CountOf(p)));
            counts.Relate(key, parts);
            keys.Add(key);
        }

        var outside = counts.Keys.Where(k => k.Source == source && k.Level == baseLevel && k.Kind == CountSlice.MonthCategory && !_periods.Any(p => p.Holds(k.First)));
        counts.Relate(CountCellKey.StudyTotal(source), [.. keys, .. outside]);
        AddBaseline(counts, total);
    }

    private void AddBaseline(PublishedCounts counts, CountCellKey area)
    {
        if (_baseline.Count == 0)
        {
            return;
        }

        var parts = _baseline.Select(name => area with { Kind = CountSlice.Period, First = name }).ToList();
        var baseline = area with { Kind = CountSlice.Period, First = TrendMeasure.BaselineName };
        counts.Add(baseline, parts.Sum(p => counts.CountOf(p)));
        counts.Relate(baseline, parts);
    }
}
