namespace GeoNeeds.Engine.Stats;

/// <summary>How an area compares with its benchmark (its parent area, England), in Fingertips' words.</summary>
public enum BenchmarkOutcome
{
    /// <summary>Significantly better than the benchmark, given the indicator's <see cref="Polarity"/>.</summary>
    Better,

    /// <summary>Not significantly different from the benchmark.</summary>
    Similar,

    /// <summary>Significantly worse than the benchmark, given the indicator's <see cref="Polarity"/>.</summary>
    Worse,

    /// <summary>Significantly higher, for an indicator with no judgement of which direction is good.</summary>
    Higher,

    /// <summary>Significantly lower, for an indicator with no judgement of which direction is good.</summary>
    Lower,

    /// <summary>Not compared: the area's interval or the benchmark is missing (not computed, suppressed).</summary>
    NotCompared,
}
