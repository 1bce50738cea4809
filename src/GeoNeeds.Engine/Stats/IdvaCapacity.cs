namespace GeoNeeds.Engine.Stats;

/// <summary>IDVA capacity against a recommended number of full-time-equivalent advisers per 100,000 adult women.</summary>
public static class IdvaCapacity
{
    /// <summary>
    /// Recommended FTE = adult women ÷ 100,000 × <paramref name="ftePer100000"/>, and the gap to the FTE in post,
    /// the comparison ONS makes against SafeLives' recommended IDVA numbers (ONS, Domestic abuse victim services,
    /// England and Wales, 2020: a 26% shortfall in coverage).
    /// </summary>
    /// <remarks>
    /// GeoNeeds embeds no default for the recommendation: SafeLives revises it, so the caller states the figure it
    /// is comparing against. Nothing is rounded.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative or not finite.</exception>
    public static IdvaComparison Compare(double adultWomen, double fte, double ftePer100000)
    {
        NonNegative.Require(adultWomen, nameof(adultWomen));
        NonNegative.Require(fte, nameof(fte));
        NonNegative.Require(ftePer100000, nameof(ftePer100000));
        var recommended = adultWomen / 100_000 * ftePer100000;
        return new IdvaComparison(recommended, fte, recommended - fte);
    }
}
