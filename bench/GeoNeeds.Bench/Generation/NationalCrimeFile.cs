using System.Globalization;
using System.Text;
using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Join;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace GeoNeeds.Bench.Generation;

/// <summary>
/// Writes N rows of police.uk street-level crime CSV spread over England and Wales, the same bytes for the same
/// N and seed: most rows at a point inside an LSOA of the national file (an LSOA picked uniformly — LSOAs hold
/// similar populations — then a point drawn uniformly inside it), a few percent at a point inside no LSOA
/// (sea, Scotland, Ireland) and some with no location, as police.uk publishes them.
/// </summary>
internal sealed class NationalCrimeFile
{
    /// <summary>Share of rows with empty coordinates (police.uk's own Leicestershire year: 853 of 104,824, 0.8%).</summary>
    public const double NoLocationShare = 0.01;

    /// <summary>Share of rows placed in no LSOA.</summary>
    public const double OutsideShare = 0.03;

    public const int DefaultSeed = 20_240_401;

    public const int DefaultMonths = 12;

    private const int ChunkRows = 50_000;

    private static readonly string[] Header =
        ["Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context"];

    // police.uk's crime types with roughly their national shares (per cent of street-level rows).
    private static readonly (string Type, int Weight)[] CrimeTypes =
    [
        ("Violence and sexual offences", 34), ("Anti-social behaviour", 20), ("Public order", 9), ("Criminal damage and arson", 8),
        ("Shoplifting", 6), ("Other theft", 6), ("Vehicle crime", 5), ("Burglary", 4), ("Drugs", 3), ("Other crime", 1),
        ("Theft from the person", 1), ("Bicycle theft", 1), ("Possession of weapons", 1), ("Robbery", 1),
    ];

    private static readonly string[] Outcomes =
        ["Investigation complete; no suspect identified", "Unable to prosecute suspect", "Under investigation", "Awaiting court outcome", "Offender given a caution"];

    private static readonly string[] Streets = ["High Street", "Church Road", "Station Road", "Park Lane", "Supermarket", "Parking Area", "Petrol Station"];

    // England and Wales with a margin of sea, Scotland and Ireland around them, for the rows inside no LSOA.
    private static readonly Envelope Surroundings = new(-8.5, 2.5, 49.5, 56.5);

    private readonly IReadOnlyList<Area> _areas;
    private readonly AreaLocator _locator;
    private readonly Lazy<IndexedPointInAreaLocator>[] _insides;
    private readonly int _seed;
    private readonly int _months;

    /// <summary>A file of <paramref name="months"/> police.uk months from April 2021 (a year unless told: ten years' data is 120).</summary>
    public NationalCrimeFile(AreaLayer lsoas, int seed = DefaultSeed, int months = DefaultMonths)
    {
        _areas = lsoas.Areas;
        _locator = new AreaLocator(lsoas);
        _insides = [.. _areas.Select(a => new Lazy<IndexedPointInAreaLocator>(() => new IndexedPointInAreaLocator(a.Geometry)))];
        _seed = seed;
        _months = months;
    }

    /// <summary>Writes <paramref name="rows"/> rows to <paramref name="path"/>, chunks built on every core and written in order.</summary>
    public void Write(string path, long rows)
    {
        var temporary = path + ".partial";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false), 1 << 20))
        {
            writer.Write(string.Join(',', Header) + "\n");
            var chunks = (rows + ChunkRows - 1) / ChunkRows;
            for (long first = 0; first < chunks; first += Environment.ProcessorCount * 2)
            {
                var batch = (int)Math.Min(Environment.ProcessorCount * 2, chunks - first);
                var texts = new string[batch];
                Parallel.For(0, batch, i => texts[i] = Chunk(first + i, Math.Min(ChunkRows, rows - ((first + i) * ChunkRows))));
                foreach (var text in texts)
                {
                    writer.Write(text);
                }
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    private string Chunk(long chunk, long rows)
    {
        var random = new Random(unchecked(_seed + (int)chunk * 7919));
        var text = new StringBuilder((int)rows * 260);
        for (var i = 0; i < rows; i++)
        {
            Row(random, text);
        }

        return text.ToString();
    }

    private void Row(Random random, StringBuilder text)
    {
        var type = Pick(random, CrimeTypes);
        var month = new DateOnly(2021, 4, 1).AddMonths(random.Next(_months)).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var id = type == "Anti-social behaviour" ? "" : Convert.ToHexStringLower(RandomBytes(random, 32));
        var draw = random.NextDouble();
        var (location, area) = draw < NoLocationShare ? (((double, double)?)null, (Area?)null)
            : draw < NoLocationShare + OutsideShare ? (Outside(random), null)
            : Inside(random);
        var place = location is null ? "No Location" : "On or near " + Streets[random.Next(Streets.Length)];
        var outcome = type == "Anti-social behaviour" ? "" : Outcomes[random.Next(Outcomes.Length)];
        text.Append(id).Append(',').Append(month).Append(",Synthetic Police,Synthetic Police,");
        if (location is var (longitude, latitude))
        {
            // police.uk publishes six decimals (about 0.1 m).
            text.Append(CultureInfo.InvariantCulture, $"{longitude:F6},{latitude:F6}");
        }
        else
        {
            text.Append(',');
        }

        text.Append(',').Append(place).Append(',').Append(area?.Code).Append(',').Append(area?.Name)
            .Append(',').Append(type).Append(',').Append(outcome).Append(",\n");
    }

    private ((double, double)?, Area?) Inside(Random random)
    {
        var index = random.Next(_areas.Count);
        var area = _areas[index];
        var extent = area.Geometry.EnvelopeInternal;
        while (true)
        {
            var point = new Coordinate(extent.MinX + (random.NextDouble() * extent.Width), extent.MinY + (random.NextDouble() * extent.Height));
            if (_insides[index].Value.Locate(point) == Location.Interior)
            {
                return ((point.X, point.Y), area);
            }
        }
    }

    private (double, double) Outside(Random random)
    {
        while (true)
        {
            var (x, y) = (Surroundings.MinX + (random.NextDouble() * Surroundings.Width), Surroundings.MinY + (random.NextDouble() * Surroundings.Height));
            if (_locator.Locate(x, y) is null)
            {
                return (x, y);
            }
        }
    }

    private static string Pick(Random random, (string Type, int Weight)[] weighted)
    {
        var draw = random.Next(weighted.Sum(w => w.Weight));
        foreach (var (type, weight) in weighted)
        {
            if ((draw -= weight) < 0)
            {
                return type;
            }
        }

        return weighted[^1].Type;
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
