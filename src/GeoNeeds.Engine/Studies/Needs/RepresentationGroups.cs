using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Stats;

namespace GeoNeeds.Engine.Studies.Needs;

/// <summary>
/// Which population group a referral field's value stands for, and that group's people: an age band of the age-sex
/// population, a sex, or an age band and a sex. A value that stands for no group (<c>unknown</c>, not recorded) is left out of the shares.
/// </summary>
internal static class RepresentationGroups
{
    /// <summary>
    /// Whether <paramref name="value"/> of a field compared with <paramref name="kind"/> (age, sex, or null for a
    /// field with only an expected share) counts in the field's shares: an age band, a recognised sex, or any
    /// recorded value.
    /// </summary>
    public static bool Counts(string? kind, string value) => kind switch
    {
        RepresentationNeed.Age => AgeBand.TryParse(value, out _),
        RepresentationNeed.Sex => SexOf(value) is not null,
        RepresentationNeed.AgeAndSex => Split(value) is { } parts && AgeBand.TryParse(parts.Age, out _) && SexOf(parts.Sex) is not null,
        _ => value.Length > 0,
    };

    /// <summary>F for F, Female, Woman; M for M, Male, Man (case and spaces ignored); null otherwise.</summary>
    public static char? SexOf(string value) => value.Trim().ToUpperInvariant() switch
    {
        "F" or "FEMALE" or "WOMAN" => 'F',
        "M" or "MALE" or "MAN" => 'M',
        _ => null,
    };

    /// <summary>The people of <paramref name="counts"/> aged within <paramref name="ages"/> (every age when null).</summary>
    /// <exception cref="InputDataException">An open population band cannot be split at <paramref name="ages"/>.</exception>
    public static double Population(IEnumerable<PopulationCount> counts, AgeBand? ages, string file) =>
        counts.Sum(c => Within(c.Age, ages, file) * c.Population);

    /// <summary>The people in the group <paramref name="value"/> stands for, within <paramref name="ages"/>.</summary>
    /// <exception cref="InputDataException">An open population band cannot be split at the group's ages.</exception>
    public static double Population(IEnumerable<PopulationCount> counts, string kind, string value, AgeBand? ages, string file)
    {
        if (kind == RepresentationNeed.Sex)
        {
            var sex = SexOf(value);
            return Population(counts.Where(c => c.Sex == sex), ages, file);
        }

        if (kind == RepresentationNeed.AgeAndSex)
        {
            var (age, sexText) = Split(value)!.Value;
            var sex = SexOf(sexText);
            return Population(counts.Where(c => c.Sex == sex), RepresentationNeed.Age, age, ages, file);
        }

        var band = AgeBand.Parse(value);
        return (ages is null ? band : AgeBandOverlap.Common(band, ages)) is { } range ? Population(counts, range, file) : 0;
    }

    // An age-by-sex value, "25-34 / F", as its age band and sex.
    private static (string Age, string Sex)? Split(string value) =>
        value.Split(" / ") is [var age, var sex] ? (age, sex) : null;

    private static double Within(AgeBand band, AgeBand? ages, string file) => ages is null ? 1
        : AgeBandOverlap.Share(band, ages) ?? throw new InputDataException(file,
            $"the population's open age band '{band}' cannot be split at the ages {ages} that needs.representation compares; give those ages in closed bands");
}
