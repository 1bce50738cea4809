using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Indicators;

/// <summary>The adult women of each area of a population by age and sex, for the <c>marac</c> verb and the study's <c>marac.csv</c>.</summary>
public static class AdultWomenByArea
{
    /// <summary>Women aged <paramref name="adultAge"/> and over per area code (<see cref="AdultWomen.Count"/>).</summary>
    /// <param name="counts">The population by area, sex and age.</param>
    /// <param name="adultAge">16 (SafeLives' and ONS's basis) or 18.</param>
    /// <param name="file">The population file, for the message.</param>
    /// <exception cref="InputDataException">An open age band of women starts below the adult age.</exception>
    public static IReadOnlyDictionary<string, double> Count(IEnumerable<PopulationCount> counts, int adultAge, string file)
    {
        var list = counts.ToList();
        if (list.FirstOrDefault(c => c.Sex == 'F' && c.Age.To is null && c.Age.From < adultAge) is { } open)
        {
            throw new InputDataException(file, $"the open age band '{open.Age}' mixes ages below and above {adultAge}; give the ages up to {adultAge} in closed bands");
        }

        return list.GroupBy(c => c.AreaCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => AdultWomen.Count(g, adultAge), StringComparer.Ordinal);
    }
}
