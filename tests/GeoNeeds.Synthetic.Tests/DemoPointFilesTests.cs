using System.Globalization;
using System.Text.RegularExpressions;
using GeoNeeds.Engine.Geo;
using NetTopologySuite.Geometries;

namespace GeoNeeds.Synthetic.Tests;

[Collection(GeneratedDemoTownCollection.Name)]
public class DemoPointFilesTests(GeneratedDemoTown town)
{
    [Fact]
    public void PoliceIncidents_DefaultSeed_FollowThePoliceUkLayout()
    {
        var rows = town.Files.PoliceIncidents.SelectMany(CsvRows.Read).ToList();

        Assert.All(town.Files.PoliceIncidents, path => Assert.Equal(
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context",
            File.ReadLines(path).First()));
        Assert.All(rows, row =>
        {
            var antiSocial = row["Crime type"] == "Anti-social behaviour";
            Assert.Matches(antiSocial ? "^$" : "^[0-9a-f]{64}$", row["Crime ID"]);
            Assert.Equal(antiSocial, row["Last outcome category"].Length == 0);
            Assert.Equal("Saltmere Constabulary", row["Reported by"]);
            Assert.Equal("Saltmere Constabulary", row["Falls within"]);
            Assert.Matches(row["Longitude"].Length == 0 ? "^No Location$" : "^On or near .+$", row["Location"]);
            Assert.Equal("", row["Context"]);
        });
    }

    [Fact]
    public void PoliceIncidents_DefaultSeed_HavePoliceUkGapsInAboutTheBriefedShares()
    {
        var rows = town.Files.PoliceIncidents.SelectMany(CsvRows.Read).ToList();

        var noLocation = rows.Count(row => row["Longitude"].Length == 0 && row["Latitude"].Length == 0 && row["LSOA code"].Length == 0);
        var outside = rows.Count(row => row["Longitude"].Length > 0 && row["LSOA code"].Length == 0 && row["LSOA name"].Length == 0);

        // Briefed: ~0.8% without a location, ~0.5% outside the town; binomial noise on ~20,000 rows is ±0.15%.
        Assert.InRange(100.0 * noLocation / rows.Count, 0.5, 1.1);
        Assert.InRange(100.0 * outside / rows.Count, 0.3, 0.8);
    }

    [Fact]
    public void PoliceIncidents_DefaultSeed_NameTheLsoaEachPointLiesIn()
    {
        var toGrid = CoordinateTransform.Between(CoordinateSystem.Wgs84, CoordinateSystem.BritishNationalGrid);
        var located = town.Files.PoliceIncidents.SelectMany(CsvRows.Read).Where(row => row["LSOA code"].Length > 0).ToList();

        var wrong = located.Where(row =>
        {
            var (x, y) = toGrid.Apply(Number(row["Longitude"]), Number(row["Latitude"]));
            return !town.Lsoas.Single(lsoa => lsoa.Code == row["LSOA code"]).Geometry.Contains(new Point(x, y));
        }).Select(row => toGrid.Apply(Number(row["Longitude"]), Number(row["Latitude"]))).ToList();

        // Only the handful of points published on an LSOA corner may fall just outside their named LSOA after
        // the 6-decimal rounding; every one of them lies within 0.5 m of an LSOA edge.
        Assert.InRange(wrong.Count, 0, 8);
        Assert.All(wrong, p => Assert.True(town.Lsoas.Min(lsoa => lsoa.Geometry.Boundary.Distance(new Point(p.X, p.Y))) < 0.5));
        Assert.All(located, row => Assert.Equal(town.Lsoas.Single(lsoa => lsoa.Code == row["LSOA code"]).Name, row["LSOA name"]));
    }

    [Fact]
    public void ForceExtract_DefaultSeed_HasSixThousandRowsAboutFifteenPercentFlagged()
    {
        var rows = CsvRows.Read(town.Files.ForceExtract);

        var flagged = rows.Count(row => row["da_flag"] == "Y");

        Assert.InRange(rows.Count, 5_900, 6_100);
        Assert.All(rows, row => Assert.Matches("^[YN]$", row["da_flag"]));
        Assert.All(rows, row => Assert.Matches("^2025-(0[4-9]|1[0-2])-[0-3][0-9]$|^2026-0[1-3]-[0-3][0-9]$", row["date"]));
        Assert.InRange(100.0 * flagged / rows.Count, 13, 17);
    }

    [Fact]
    public void ForceExtract_DefaultSeed_HasAFewUnusableCoordinatesAndOtherwiseOneDecimalMetres()
    {
        var rows = CsvRows.Read(town.Files.ForceExtract);
        var oneDecimal = new Regex(@"^\d{6}\.\d$");

        var unusable = rows.Count(row => !oneDecimal.IsMatch(row["easting"]) || !oneDecimal.IsMatch(row["northing"]));

        Assert.InRange(unusable, 5, 60);
    }

    [Fact]
    public void ForceExtract_DefaultSeed_HasPointsExactlyOnCornersSharedByLsoas()
    {
        var points = CsvRows.Read(town.Files.ForceExtract)
            .Where(row => double.TryParse(row["easting"], CultureInfo.InvariantCulture, out _) && double.TryParse(row["northing"], CultureInfo.InvariantCulture, out _))
            .Select(row => new Point(Number(row["easting"]), Number(row["northing"])));

        var onCorners = points.Count(point => town.Lsoas.Count(lsoa => lsoa.Geometry.EnvelopeInternal.Intersects(point.Coordinate) && lsoa.Geometry.Touches(point)) >= 3);

        // The street map places 8 points on vertices where three or more LSOAs meet; other points keep 1 m clear.
        Assert.Equal(8, onCorners);
    }

    [Fact]
    public void Postcodes_DefaultSeed_NameTheAreasEachPointLiesInExceptAFewUnknownLsoaCodes()
    {
        var rows = CsvRows.Read(town.Files.Postcodes);
        var codes = town.Lsoas.Select(lsoa => lsoa.Code).ToHashSet();

        var unknown = rows.Where(row => !codes.Contains(row["lsoa_code"])).ToList();

        Assert.InRange(rows.Count, 1_400, 1_700);
        Assert.Equal(rows.Count, rows.Select(row => row["pcds"]).Distinct().Count());
        Assert.All(rows, row => Assert.Matches(@"^ZZ[1-9] [0-9][ABD-HJLNP-UW-Z]{2}$", row["pcds"]));
        Assert.InRange(100.0 * unknown.Count / rows.Count, 0.5, 4);
        Assert.All(unknown, row => Assert.StartsWith("X019", row["lsoa_code"], StringComparison.Ordinal));
        Assert.All(rows, row =>
        {
            var point = new Point(Number(row["easting"]), Number(row["northing"]));
            Assert.True(town.Wards.Single(ward => ward.Code == row["ward_code"]).Geometry.Contains(point));
            Assert.True(!codes.Contains(row["lsoa_code"]) || town.Lsoas.Single(lsoa => lsoa.Code == row["lsoa_code"]).Geometry.Contains(point));
        });
    }

    [Fact]
    public void Referrals_DefaultSeed_HaveMessyMalformedAndUnlistedPostcodesInTheBriefedShares()
    {
        var listed = CsvRows.Read(town.Files.Postcodes).Select(row => row["pcds"]).ToHashSet();
        var referrals = CsvRows.Read(town.Files.Referrals);
        var wellFormed = new Regex(@"^ZZ[1-9] [0-9][A-Z]{2}$");
        static string Tidy(string postcode) => Regex.Replace(postcode.Trim().ToUpperInvariant(), @"\s+", "") is var s && s.Length > 3 ? $"{s[..^3]} {s[^3..]}" : s;

        var exact = referrals.Count(r => listed.Contains(r["postcode"]));
        var messy = referrals.Count(r => !listed.Contains(r["postcode"]) && listed.Contains(Tidy(r["postcode"])));
        var unlisted = referrals.Count(r => wellFormed.IsMatch(r["postcode"]) && !listed.Contains(r["postcode"]));
        var malformed = referrals.Count - exact - messy - unlisted;

        // Briefed: ~10% messy, ~1% malformed, ~1% unlisted of ~3,000; allowances cover binomial noise.
        Assert.Equal(3_000, referrals.Count);
        Assert.InRange(messy, 230, 370);
        Assert.InRange(malformed, 12, 50);
        Assert.InRange(unlisted, 12, 50);
        Assert.True(referrals.Count(r => r["sex"] == "F") > 0.8 * referrals.Count);
        Assert.All(referrals, r => Assert.Contains(r["risk_level"], new[] { "standard", "medium", "high" }));
        Assert.All(referrals, r => Assert.Contains(r["age_band"], new[] { "16-19", "20-24", "25-34", "35-44", "45-54", "55-59", "60-74", "75+" }));
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
