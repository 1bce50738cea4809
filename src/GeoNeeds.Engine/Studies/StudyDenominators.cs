using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.AreaValues;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Studies;

/// <summary>The base-level denominators of indicators whose rates are not per resident.</summary>
internal static class StudyDenominators
{
    /// <summary>
    /// The denominator of <paramref name="indicator"/> per base area, or null when it is the resident population.
    /// </summary>
    /// <exception cref="InputDataException">The denominator table is unusable; an open age band mixes children and adults.</exception>
    public static IReadOnlyDictionary<string, double>? Read(StudyDefinition study, IndicatorDefinition indicator, IReadOnlyList<PopulationCount>? ageSex)
    {
        if (indicator.Denominator is not { } denominator || denominator.Suffix is null)
        {
            return null;
        }

        if (denominator.Path is { } path)
        {
            return AreaValueReader.Read(StudyFile.Resolve(study, path), denominator.Column!).Rows
                .ToDictionary(v => v.Code, v => v.Value, StringComparer.Ordinal);
        }

        return ageSex!.GroupBy(c => c.AreaCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(c => ChildShare(c.Age, study.Population!.Path) * c.Population), StringComparer.Ordinal);
    }

    /// <summary>
    /// The share of an age band's people aged 0–17, taking ages as evenly spread within the band (exact for the
    /// single years of ONS mid-year estimates).
    /// </summary>
    private static double ChildShare(AgeBand band, string file)
    {
        const int LastChildAge = 17;
        if (band.From > LastChildAge)
        {
            return 0;
        }

        if (band.To is not { } to)
        {
            throw new InputDataException(file, $"age band '{band}' mixes children and adults; give ages up to {LastChildAge} in closed bands for a denominator of children");
        }

        return (double)(Math.Min(to, LastChildAge) - band.From + 1) / (to - band.From + 1);
    }
}
