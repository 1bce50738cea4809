namespace GeoNeeds.Engine.Stats;

/// <summary>The adult female population MARAC volumes and IDVA numbers are set against.</summary>
public static class AdultWomen
{
    /// <summary>SafeLives' and ONS's basis: women aged 16 and over.</summary>
    public const int DefaultAdultAge = 16;

    /// <summary>The other basis some needs assessments use: women aged 18 and over.</summary>
    public const int EighteenAndOver = 18;

    /// <summary>
    /// Women aged <paramref name="adultAge"/> and over in <paramref name="counts"/>, taking ages as evenly spread
    /// within a band that straddles the adult age (a band <c>15-19</c> counts 4 of its 5 years from 16).
    /// </summary>
    /// <remarks>
    /// SafeLives' recommended MARAC volume (40 cases per 10,000) is per women aged 16 and over (ONS, Domestic abuse
    /// victim services, 2019); some local assessments count from 18, which gives fewer women and so fewer expected cases.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An open band (<c>0+</c>) starts below the adult age, so its adults cannot be told apart.</exception>
    public static double Count(IEnumerable<PopulationCount> counts, int adultAge = DefaultAdultAge) =>
        counts.Where(c => c.Sex == 'F').Sum(c => AdultShare(c.Age, adultAge) * c.Population);

    private static double AdultShare(AgeBand band, int adultAge)
    {
        if (band.From >= adultAge)
        {
            return 1;
        }

        if (band.To is not { } to)
        {
            throw new ArgumentOutOfRangeException(nameof(band), band.ToString(), $"The open age band '{band}' mixes ages below and above {adultAge}; give ages up to {adultAge} in closed bands.");
        }

        return to < adultAge ? 0 : (double)(to - adultAge + 1) / (to - band.From + 1);
    }
}
