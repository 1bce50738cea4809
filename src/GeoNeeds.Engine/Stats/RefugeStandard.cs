namespace GeoNeeds.Engine.Stats;

/// <summary>A standard for refuge provision: so many family spaces per so many people.</summary>
/// <param name="PerPopulation">The population one unit of <paramref name="Spaces"/> is recommended for, e.g. 10,000.</param>
/// <param name="Spaces">Family spaces recommended per <paramref name="PerPopulation"/> people, e.g. 1.</param>
/// <param name="RoundToWholeSpaces">
/// Whether the recommended number is rounded to the nearest whole space, as council and ONS tables print it.
/// </param>
public sealed record RefugeStandard(double PerPopulation, double Spaces, bool RoundToWholeSpaces = true)
{
    /// <summary>
    /// The Council of Europe minimum: one refuge family space per 10,000 head of population, rounded to whole
    /// spaces (Council of Europe Task Force to Combat Violence against Women, Final Activity Report, 2008;
    /// Explanatory Report to the Istanbul Convention, 2011, paragraph 135).
    /// </summary>
    public static RefugeStandard CouncilOfEurope { get; } = new(10_000, 1);

    /// <summary>Where the standard comes from, for output metadata.</summary>
    public const string Source =
        "Council of Europe minimum standard: one refuge family space per 10,000 population (Task Force to Combat " +
        "Violence against Women, including Domestic Violence, Final Activity Report EG-TFV (2008)6; Explanatory " +
        "Report to the Istanbul Convention, 2011, para. 135). Shortfall and % shortfall as ONS, Domestic abuse " +
        "victim services, England and Wales, 2019.";
}
