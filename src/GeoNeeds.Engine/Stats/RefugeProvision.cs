namespace GeoNeeds.Engine.Stats;

/// <summary>Refuge provision against a population standard such as the Council of Europe's one space per 10,000.</summary>
public static class RefugeProvision
{
    /// <summary>
    /// The spaces <paramref name="standard"/> recommends for <paramref name="population"/>: population ÷ per ×
    /// spaces, rounded to the nearest whole space when the standard says so (Council of Europe, Explanatory
    /// Report to the Istanbul Convention, 2011, para. 135: "one family place per 10 000 head of population").
    /// </summary>
    /// <remarks>
    /// Rounding is to the nearest whole space with halves rounded up (away from zero), as spreadsheet ROUND does
    /// in the council tables that print these figures; with <see cref="RefugeStandard.RoundToWholeSpaces"/> off
    /// the decimals are kept. A population of 0 recommends 0 spaces.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The population is negative or not finite, or the standard is not positive.</exception>
    public static double Recommended(double population, RefugeStandard standard)
    {
        NonNegative.Require(population, nameof(population));
        if (!(standard.PerPopulation > 0 && double.IsFinite(standard.PerPopulation) && standard.Spaces > 0 && double.IsFinite(standard.Spaces)))
        {
            throw new ArgumentOutOfRangeException(nameof(standard), standard, "A refuge standard needs a positive population and a positive number of spaces.");
        }

        var spaces = population / standard.PerPopulation * standard.Spaces;
        return standard.RoundToWholeSpaces ? Math.Round(spaces, MidpointRounding.AwayFromZero) : spaces;
    }

    /// <summary>
    /// Provided against recommended spaces: difference = provided − recommended (negative = shortfall) and
    /// % shortfall = (recommended − provided) ÷ recommended × 100, the convention of ONS, Domestic abuse victim
    /// services, England and Wales (2019), which found England 1,694 spaces (30.1%) short.
    /// </summary>
    /// <remarks>The % shortfall is null when nothing is recommended, rather than a division by zero.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative or not finite.</exception>
    public static RefugeComparison Compare(double recommended, double provided)
    {
        NonNegative.Require(recommended, nameof(recommended));
        NonNegative.Require(provided, nameof(provided));
        double? shortfall = recommended > 0 ? (recommended - provided) / recommended * 100 : null;
        return new RefugeComparison(recommended, provided, provided - recommended, shortfall);
    }

    /// <summary>The spaces recommended for <paramref name="population"/> compared with those provided.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative or not finite, or the standard is not positive.</exception>
    public static RefugeComparison Assess(double population, double provided, RefugeStandard standard) =>
        Compare(Recommended(population, standard), provided);
}
