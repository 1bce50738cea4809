
namespace GeoNeeds.Engine.Stats;

/// <summary>One age band of a prevalence survey table: the percentage of men, women and all adults affected.</summary>
/// <param name="Ages">The band, closed at both ends (e.g. 16-19).</param>
/// <param name="MenPercent">Percentage of men in the band affected in the survey's reference period.</param>
/// <param name="WomenPercent">Percentage of women.</param>
/// <param name="AllPercent">Percentage of all adults (both sexes), as the survey publishes it.</param>
public sealed record SurveyBand(AgeBand Ages, double MenPercent, double WomenPercent, double AllPercent)
{
    /// <summary>The percentage for <paramref name="sex"/>: <c>'M'</c> or <c>'F'</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sex is neither.</exception>
    public double PercentFor(char sex) => sex switch
    {
        'M' => MenPercent,
        'F' => WomenPercent,
        _ => throw new ArgumentOutOfRangeException(nameof(sex), sex, "Sex must be 'M' or 'F'."),
    };
}
