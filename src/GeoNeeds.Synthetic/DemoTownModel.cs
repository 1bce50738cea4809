namespace GeoNeeds.Synthetic;

/// <summary>
/// Everything invented about the demo town before any file is written: geography, deprivation, residents,
/// how much crime each LSOA sees, and where incidents are published.
/// </summary>
internal sealed class DemoTownModel
{
    private readonly WeightedChoice<int> _incidentLsoas;

    private DemoTownModel(TownGeography geography, IReadOnlyList<LsoaDeprivation> deprivation, IReadOnlyList<LsoaPopulation> population,
        IReadOnlyList<double> incidentWeights, LsoaPointSampler sampler, StreetMap streets)
    {
        Geography = geography;
        Deprivation = deprivation;
        Population = population;
        IncidentWeights = incidentWeights;
        _incidentLsoas = new WeightedChoice<int>(incidentWeights.Select((weight, i) => (i, weight)));
        Sampler = sampler;
        Streets = streets;
    }

    public TownGeography Geography { get; }

    /// <summary>Per LSOA, in the order of <see cref="TownGeography.Lsoas"/>.</summary>
    public IReadOnlyList<LsoaDeprivation> Deprivation { get; }

    /// <summary>Per LSOA, in the order of <see cref="TownGeography.Lsoas"/>.</summary>
    public IReadOnlyList<LsoaPopulation> Population { get; }

    /// <summary>
    /// Per LSOA, its relative share of incidents: residents × e^(1.4 × deprivation level) (about four times the
    /// rate in the most deprived LSOAs as in the least, as police data typically show), half as much again in
    /// the town centre's night-time economy, and ±20% local variation.
    /// </summary>
    public IReadOnlyList<double> IncidentWeights { get; }

    public LsoaPointSampler Sampler { get; }

    public StreetMap Streets { get; }

    /// <summary>An LSOA index drawn in proportion to <see cref="IncidentWeights"/>.</summary>
    public int DrawIncidentLsoa(Random random) => _incidentLsoas.Draw(random);

    public static DemoTownModel Create(Random random)
    {
        var geography = TownGeography.Create(random);
        var deprivation = DeprivationSurface.Assign(geography, random);
        var population = PopulationSynthesis.Create(deprivation, random);
        var weights = geography.Lsoas.Select((lsoa, i) =>
        {
            var fromCentre = lsoa.Geometry.Centroid.Coordinate.Distance(TownOutline.Centre);
            var nightLife = 1 + (0.5 * Math.Exp(-Math.Pow(fromCentre / 700, 2) / 2));
            return population[i].Total * Math.Exp(1.4 * deprivation[i].Level) * nightLife * Math.Exp(RandomDraws.Normal(random, 0, 0.2));
        }).ToList();
        var sampler = new LsoaPointSampler(geography.Lsoas);
        return new DemoTownModel(geography, deprivation, population, weights, sampler, StreetMap.Create(geography, sampler, random));
    }
}
