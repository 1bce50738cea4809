using GeoNeeds.Engine.Geo;

namespace GeoNeeds.Synthetic;

/// <summary>
/// Writes monthly files in the exact police.uk street-level crime layout, for the invented force: the demo year's
/// twelve, about 20,000 incidents at anonymised map points, with police.uk's gaps (no location, points outside the
/// area) and a few points exactly on LSOA corners; and the two years before it, drawn alike on the same seasonal
/// swing and upward trend (so about 8% and 15% fewer a year going back), for trends over three years.
/// </summary>
internal static class StreetCrimeFiles
{
    public const string Header =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    private const int ExpectedTotal = 20_000;
    private const double NoLocationShare = 0.008;
    private const double OutsideShare = 0.005;
    private const string AntiSocialBehaviour = "Anti-social behaviour";

    // Shares of police.uk crime types, rounded from a year of a real force's street-level data.
    private static readonly WeightedChoice<string> CrimeTypes = new(
    [
        ("Violence and sexual offences", 36), (AntiSocialBehaviour, 14), ("Public order", 11), ("Criminal damage and arson", 9),
        ("Other theft", 7), ("Vehicle crime", 5), ("Burglary", 4), ("Shoplifting", 4), ("Drugs", 3), ("Other crime", 2),
        ("Bicycle theft", 1.5), ("Possession of weapons", 1), ("Theft from the person", 0.8), ("Robbery", 0.7),
    ]);

    private static readonly (string Outcome, double Weight)[] SettledOutcomes =
    [
        ("Unable to prosecute suspect", 38), ("Investigation complete; no suspect identified", 36), ("Local resolution", 6),
        ("Court result unavailable", 4.5), ("Status update unavailable", 2), ("Formal action is not in the public interest", 1.5),
        ("Action to be taken by another organisation", 1.5), ("Awaiting court outcome", 1.5), ("Offender given a caution", 1),
        ("Further investigation is not in the public interest", 0.8), ("Further action is not in the public interest", 0.8),
    ];

    /// <summary>Writes the files into <paramref name="folder"/> and returns their paths, April 2023 first.</summary>
    /// <param name="random">The demo year's draws.</param>
    /// <param name="history">The earlier years' draws, a stream of their own so that the demo year's files are the same with or without them.</param>
    public static IReadOnlyList<string> Write(string folder, DemoTownModel town, Random random, Random history)
    {
        var toWgs84 = CoordinateTransform.Between(CoordinateSystem.BritishNationalGrid, CoordinateSystem.Wgs84);
        var perVolume = ExpectedTotal / Enumerable.Range(0, DemoCalendar.MonthCount).Sum(DemoCalendar.Volume);
        var paths = new List<string>();
        for (var month = -DemoCalendar.HistoryMonths; month < 0; month++)
        {
            paths.Add(WriteMonth(folder, town, month, perVolume, toWgs84, history));
        }

        for (var month = 0; month < DemoCalendar.MonthCount; month++)
        {
            paths.Add(WriteMonth(folder, town, month, perVolume, toWgs84, random));
        }

        return paths;
    }

    private static string WriteMonth(string folder, DemoTownModel town, int month, double perVolume, CoordinateTransform toWgs84, Random random)
    {
        // Older crimes are settled: only the demo year's recent months keep many under investigation.
        var outcomes = new WeightedChoice<string>(SettledOutcomes.Append(("Under investigation", 3 + (4.0 * Math.Max(month, 0)))));
        var places = new List<MapPoint?>();
        for (var row = RandomDraws.Count(random, perVolume * DemoCalendar.Volume(month)); row > 0; row--)
        {
            var draw = random.NextDouble();
            places.Add(draw < NoLocationShare ? null
                : draw < NoLocationShare + OutsideShare ? OutsideTown(random)
                : RandomDraws.OneOf(random, town.Streets.ByLsoa[town.DrawIncidentLsoa(random)]));
        }

        places.AddRange(town.Streets.OnBoundaries.Where((_, k) => k % DemoCalendar.MonthCount == month));

        // Ordered by LSOA code then crime type, locationless rows first, much as police.uk files run.
        var rows = places.Select(place => (Place: place, CrimeType: CrimeTypes.Draw(random))).ToList()
            .OrderBy(incident => incident.Place?.Lsoa?.Code ?? "", StringComparer.Ordinal)
            .ThenBy(incident => incident.CrimeType, StringComparer.Ordinal)
            .Select(incident => Row(month, incident.Place, incident.CrimeType, outcomes, toWgs84, random));
        return DemoCsv.Write(Path.Combine(folder, $"{DemoCalendar.MonthText(month)}-saltmere-street.csv"), Header, rows);
    }

    private static string[] Row(int month, MapPoint? place, string crimeType, WeightedChoice<string> outcomes, CoordinateTransform toWgs84, Random random)
    {
        var isAntiSocial = crimeType == AntiSocialBehaviour;
        var crimeId = isAntiSocial ? "" : Convert.ToHexStringLower(RandomBytes(random, 32));
        var outcome = isAntiSocial ? "" : outcomes.Draw(random);
        var (longitude, latitude) = place is null ? (0.0, 0.0) : toWgs84.Apply(place.Position.X, place.Position.Y);
        return
        [
            crimeId, DemoCalendar.MonthText(month), PlaceNames.Force, PlaceNames.Force,
            place is null ? "" : DemoCsv.Number(longitude, 6), place is null ? "" : DemoCsv.Number(latitude, 6),
            place is null ? "No Location" : $"On or near {place.Location}",
            place?.Lsoa?.Code ?? "", place?.Lsoa?.Name ?? "", crimeType, outcome, "",
        ];
    }

    /// <summary>A map point in open sea 5–12 km from the centre: reported to the force, but in no LSOA of the town.</summary>
    private static MapPoint OutsideTown(Random random)
    {
        var angle = 2 * Math.PI * random.NextDouble();
        var distance = 5_000 + (7_000 * random.NextDouble());
        var grid = TownGeography.Factory.PrecisionModel;
        var position = new NetTopologySuite.Geometries.Coordinate(
            grid.MakePrecise(TownOutline.Centre.X + (distance * Math.Cos(angle))),
            grid.MakePrecise(TownOutline.Centre.Y + (distance * Math.Sin(angle))));
        return new MapPoint(position, RandomDraws.OneOf(random, PlaceNames.Streets), null);
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
