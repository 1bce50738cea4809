
namespace GeoNeeds.Engine.Stats;

/// <summary>
/// A published table of prevalence by age and sex (e.g. the Crime Survey for England and Wales' "any domestic
/// abuse in the last year", adults 16–74) with the edition and source that must travel with figures built on it.
/// </summary>
/// <param name="Edition">A short name such as <c>csew-2021</c>.</param>
/// <param name="Measure">What the percentages are of.</param>
/// <param name="Source">The publication and table.</param>
/// <param name="Bands">Closed, non-overlapping age bands in age order.</param>
public sealed record PrevalenceSurvey(string Edition, string Measure, string Source, IReadOnlyList<SurveyBand> Bands)
{
    /// <summary>The survey band that holds the whole of <paramref name="ages"/>, or why none does.</summary>
    /// <param name="ages">A single year (<c>45</c>) or a band (<c>16-19</c>, <c>90+</c>) of a population table.</param>
    /// <param name="band">The band when the result is <see cref="SurveyAgeMatch.Inside"/>; otherwise null.</param>
    public SurveyAgeMatch Match(AgeBand ages, out SurveyBand? band)
    {
        band = Bands.FirstOrDefault(b => b.Ages.Contains(ages.From) && ages.To is { } to && b.Ages.Contains(to));
        if (band is not null)
        {
            return SurveyAgeMatch.Inside;
        }

        var overlaps = Bands.Any(b => ages.Contains(b.Ages.From) || b.Ages.Contains(ages.From));
        return overlaps ? SurveyAgeMatch.Straddles : SurveyAgeMatch.Outside;
    }

    /// <summary>The bands as a readable list, for messages: <c>16-19, 20-24, …</c>.</summary>
    public string BandsText => string.Join(", ", Bands.Select(b => b.Ages));
}
