namespace GeoNeeds.Synthetic;

/// <summary>
/// Writes a force's own incident extract with a domestic-abuse flag, the kind of file a force analyst sends
/// for a needs assessment: British National Grid coordinates to 0.1 m, a Home Office offence group, about
/// 15% flagged as domestic abuse, and a few rows with unusable coordinates.
/// </summary>
internal static class ForceExtractFile
{
    public const string Header = "incident_ref,date,easting,northing,offence_group,da_flag";

    private const int RowCount = 6_000;
    private const double BadCoordinateShare = 0.004;
    private const double Clearance = 1.0;

    // Home Office offence groups with their rough share of recorded crime and the share of each that police
    // flag as domestic-abuse related (highest for violence and stalking), giving about 15% flagged overall.
    private static readonly (string Group, double Share, double DomesticShare)[] OffenceGroups =
    [
        ("Violence against the person", 38, 0.24), ("Stalking and harassment", 12, 0.30), ("Theft offences", 14, 0.03),
        ("Public order offences", 10, 0.06), ("Criminal damage and arson", 10, 0.10), ("Burglary", 4, 0.05),
        ("Sexual offences", 3, 0.20), ("Drug offences", 3, 0.01), ("Miscellaneous crimes against society", 3, 0.02),
        ("Robbery", 1.5, 0.02), ("Possession of weapons offences", 1.5, 0.02),
    ];

    // How unusable coordinates turn up in real extracts: blanks, database nulls, text, half-filled pairs.
    private static readonly (string Easting, string Northing)[] UnusableCoordinates =
        [("", ""), ("NULL", "NULL"), ("unknown", "unknown"), ("n/a", ""), ("560O12.5", "480100.0"), ("561200.0", "")];

    public static string Write(string path, DemoTownModel town, Random random)
    {
        var groups = new WeightedChoice<(string Group, double Share, double DomesticShare)>(OffenceGroups.Select(g => (g, g.Share)));
        var places = Enumerable.Range(0, RowCount)
            .Select(_ => RandomDraws.Chance(random, BadCoordinateShare)
                ? RandomDraws.OneOf(random, UnusableCoordinates)
                : Grid(town.Sampler.Draw(town.DrawIncidentLsoa(random), Clearance, random)))
            .Concat(town.Streets.OnBoundaries.Select(corner => Grid(corner.Position)))
            .ToList();
        var incidents = places.Select(place =>
        {
            var group = groups.Draw(random);
            var date = DemoCalendar.DrawDate(random);
            return new[] { date, place.Easting, place.Northing, group.Group, RandomDraws.Chance(random, group.DomesticShare) ? "Y" : "N" };
        }).ToList();

        var rows = incidents.OrderBy(row => row[0], StringComparer.Ordinal).Select((row, i) => row.Prepend($"SC-{i + 1:D6}"));
        return DemoCsv.Write(path, Header, rows);
    }

    private static (string Easting, string Northing) Grid(NetTopologySuite.Geometries.Coordinate position) =>
        (DemoCsv.Number(position.X, 1), DemoCsv.Number(position.Y, 1));
}
