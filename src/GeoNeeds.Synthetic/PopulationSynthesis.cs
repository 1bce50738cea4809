namespace GeoNeeds.Synthetic;

/// <summary>
/// Invents each LSOA's residents by age and sex: 1,200–2,200 people (the range of most real LSOAs) with an
/// English-looking age profile, younger where deprivation is higher.
/// </summary>
internal static class PopulationSynthesis
{
    // Relative residents per single year of age at these ages, read off the shape of England's mid-year
    // estimates: a baby bulge, a young-adult peak, the post-war cohorts, then the decline with age.
    private static readonly (int Age, double Weight)[] ProfilePoints =
    [
        (0, 1.15), (5, 1.2), (10, 1.15), (17, 1.05), (22, 1.25), (30, 1.4), (38, 1.25), (45, 1.25), (55, 1.3),
        (62, 1.15), (70, 1.0), (76, 0.75), (82, 0.5), (86, 0.3), (89, 0.18), (90, 0.9),
    ];

    // Share of each age who are male: slightly over half at birth, falling with age as women live longer.
    private static readonly (int Age, double Share)[] MaleSharePoints = [(0, 0.512), (20, 0.508), (50, 0.495), (70, 0.47), (85, 0.42), (90, 0.35)];

    public static IReadOnlyList<LsoaPopulation> Create(IReadOnlyList<LsoaDeprivation> deprivation, Random random) =>
        deprivation.Select(lsoa => Residents(1_200 + (1_000 * random.NextDouble()), lsoa.Level - 0.5, random)).ToList();

    private static LsoaPopulation Residents(double expectedTotal, double tilt, Random random)
    {
        var weights = Enumerable.Range(0, LsoaPopulation.AgeBands).Select(age => Interpolate(ProfilePoints, age) * AgeTilt(age, tilt)).ToArray();
        var perWeight = expectedTotal / weights.Sum();
        var males = new int[LsoaPopulation.AgeBands];
        var females = new int[LsoaPopulation.AgeBands];
        for (var age = 0; age < LsoaPopulation.AgeBands; age++)
        {
            var maleShare = Interpolate(MaleSharePoints, age);
            males[age] = RandomDraws.Count(random, weights[age] * perWeight * maleShare);
            females[age] = RandomDraws.Count(random, weights[age] * perWeight * (1 - maleShare));
        }

        return new LsoaPopulation(males, females);
    }

    /// <summary>More children and young adults, fewer pensioners, where <paramref name="tilt"/> (−½ .. ½) is higher.</summary>
    private static double AgeTilt(int age, double tilt) => age switch
    {
        < 16 => 1 + (0.4 * tilt),
        >= 18 and < 35 => 1 + (0.3 * tilt),
        >= 65 => 1 - (0.6 * tilt),
        _ => 1,
    };

    private static double Interpolate((int Age, double Value)[] points, int age)
    {
        var upper = Array.FindIndex(points, p => p.Age >= age);
        if (points[upper].Age == age)
        {
            return points[upper].Value;
        }

        var (a0, v0) = points[upper - 1];
        var (a1, v1) = points[upper];
        return v0 + ((v1 - v0) * (age - a0) / (a1 - a0));
    }
}
