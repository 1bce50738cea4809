namespace GeoNeeds.Synthetic;

/// <summary>
/// Invents the town's postcodes in the fake <c>ZZ</c> area (no real postcode area starts with ZZ): about
/// sixteen per LSOA, districts ZZ1 (the centre) to ZZ9 (eight sectors round it).
/// </summary>
/// <remarks>
/// About 2% carry an LSOA code the boundaries lack (<c>X019…</c>), as postcode lookups published with 2021
/// LSOAs do against 2011 boundaries, so a join must fall back to the coordinates.
/// </remarks>
internal static class PostcodeDirectory
{
    public const string Header = "pcds,easting,northing,lsoa_code,ward_code";

    /// <summary>The letters Royal Mail uses in the unit part of a postcode (no C, I, K, M, O or V).</summary>
    public const string UnitLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private const double PostcodesPerLsoa = 16;
    private const double UnmatchedLsoaShare = 0.02;
    private const double CentralDistrictRadius = 1_200;
    private const double Clearance = 2.0;

    /// <summary>The postcodes in <c>pcds</c> order.</summary>
    public static IReadOnlyList<FakePostcode> Create(DemoTownModel town, Random random)
    {
        var meanPopulation = town.Population.Average(p => p.Total);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var postcodes = new List<FakePostcode>();
        for (var i = 0; i < town.Geography.Lsoas.Count; i++)
        {
            var lsoa = town.Geography.Lsoas[i];
            var count = Math.Max(1, RandomDraws.Count(random, PostcodesPerLsoa * town.Population[i].Total / meanPopulation));
            for (var k = 0; k < count; k++)
            {
                var position = town.Sampler.Draw(i, Clearance, random);
                var text = Unused(District(position), taken, random);
                taken.Add(text);
                var published = RandomDraws.Chance(random, UnmatchedLsoaShare) ? $"X019{i + 1:D5}" : lsoa.Code;
                postcodes.Add(new FakePostcode(text, position, lsoa, published));
            }
        }

        return postcodes.OrderBy(p => p.Text, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The postcodes weighted by e^(1.5 × their LSOA's deprivation level), about four times as likely in the most
    /// deprived LSOAs as in the least, as the homes of people referred to domestic-abuse services are.
    /// </summary>
    public static WeightedChoice<FakePostcode> ByDeprivation(IReadOnlyList<FakePostcode> postcodes, DemoTownModel town)
    {
        var levelOf = town.Geography.Lsoas.Select((lsoa, i) => (lsoa.Code, town.Deprivation[i].Level)).ToDictionary(p => p.Code, p => p.Level, StringComparer.Ordinal);
        return new WeightedChoice<FakePostcode>(postcodes.Select(p => (p, Math.Exp(1.5 * levelOf[p.Lsoa.Code]))));
    }

    public static string Write(string path, IReadOnlyList<FakePostcode> postcodes) =>
        DemoCsv.Write(path, Header, postcodes.Select(p => new[]
        {
            p.Text, DemoCsv.Number(p.Position.X, 1), DemoCsv.Number(p.Position.Y, 1), p.PublishedLsoaCode, p.Lsoa.Ward.Code,
        }));

    /// <summary>A well-formed postcode in <paramref name="district"/> that is not in <paramref name="taken"/>.</summary>
    public static string Unused(int district, IReadOnlySet<string> taken, Random random)
    {
        while (true)
        {
            var text = $"ZZ{district} {random.Next(10)}{UnitLetters[random.Next(UnitLetters.Length)]}{UnitLetters[random.Next(UnitLetters.Length)]}";
            if (!taken.Contains(text))
            {
                return text;
            }
        }
    }

    private static int District(NetTopologySuite.Geometries.Coordinate position)
    {
        var dx = position.X - TownOutline.Centre.X;
        var dy = position.Y - TownOutline.Centre.Y;
        if (Math.Sqrt((dx * dx) + (dy * dy)) < CentralDistrictRadius)
        {
            return 1;
        }

        var sector = (int)Math.Floor((Math.Atan2(dy, dx) + Math.PI) / (Math.PI / 4));
        return 2 + Math.Min(sector, 7);
    }
}
