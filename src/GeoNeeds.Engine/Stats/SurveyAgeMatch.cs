namespace GeoNeeds.Engine.Stats;

/// <summary>How a population's age band lies against the bands of a prevalence survey.</summary>
public enum SurveyAgeMatch
{
    /// <summary>Wholly inside one survey band, whose rate applies to it.</summary>
    Inside,

    /// <summary>Wholly outside the survey's ages (children, the oldest): not counted.</summary>
    Outside,

    /// <summary>Across two survey bands or across the edge of the survey's ages: no single rate applies.</summary>
    Straddles,
}
