
namespace GeoNeeds.Engine.Stats;

/// <summary>
/// Expected numbers of victims from survey prevalence by age and sex, the method of local domestic abuse needs
/// assessments: the Crime Survey for England and Wales' percentages applied to an area's population.
/// </summary>
public static class ExpectedPrevalence
{
    /// <summary>Expected people affected: <paramref name="population"/> × <paramref name="percent"/> ÷ 100.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative or not finite.</exception>
    public static double Expected(double population, double percent)
    {
        NonNegative.Require(population, nameof(population));
        NonNegative.Require(percent, nameof(percent));
        return population * percent / 100;
    }

    /// <summary>
    /// Expected victims per area: Σ population × rate ÷ 100 over every sex and survey band, rates taken from
    /// <paramref name="survey"/> for the band holding each population row (e.g. CSEW, any domestic abuse in the
    /// last year, adults 16–74, by age and sex). Areas come back in the order they first appear.
    /// </summary>
    /// <remarks>
    /// Rows whose ages lie wholly outside the survey's (children, people over 74) are counted in
    /// <see cref="ExpectedVictims.RowsOutsideRange"/> and contribute nothing: the survey says nothing about them.
    /// An area with no one of the survey's ages expects 0.
    /// </remarks>
    /// <exception cref="ArgumentException">A row's age band straddles survey bands, so no single rate applies.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A population is negative or not finite, or a sex is not M or F.</exception>
    public static IReadOnlyList<ExpectedVictims> ForAreas(IEnumerable<PopulationCount> counts, PrevalenceSurvey survey)
    {
        var areas = new Dictionary<string, ExpectedVictims>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var count in counts)
        {
            if (!areas.TryGetValue(count.AreaCode, out var area))
            {
                area = new ExpectedVictims(count.AreaCode, 0, 0, 0, 0, 0);
                order.Add(count.AreaCode);
            }

            areas[count.AreaCode] = Add(area, count, survey);
        }

        return [.. order.Select(code => areas[code])];
    }

    private static ExpectedVictims Add(ExpectedVictims area, PopulationCount count, PrevalenceSurvey survey)
    {
        NonNegative.Require(count.Population, "population");
        switch (survey.Match(count.Age, out var band))
        {
            case SurveyAgeMatch.Outside:
                return area with { RowsOutsideRange = area.RowsOutsideRange + 1, PopulationOutsideRange = area.PopulationOutsideRange + count.Population };
            case SurveyAgeMatch.Straddles:
                throw new ArgumentException(
                    $"Age {count.Age} of {count.AreaCode} is not within one band of {survey.Edition} ({survey.BandsText}).", "counts");
        }

        var expected = Expected(count.Population, band!.PercentFor(count.Sex));
        return area with
        {
            PopulationInRange = area.PopulationInRange + count.Population,
            Men = area.Men + (count.Sex == 'M' ? expected : 0),
            Women = area.Women + (count.Sex == 'F' ? expected : 0),
        };
    }
}
