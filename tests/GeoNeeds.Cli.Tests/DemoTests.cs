using System.Text.Json;

namespace GeoNeeds.Cli.Tests;

/// <summary>The README's main command, run as a user would: <c>geoneeds demo --out DIR</c> from the repository root.</summary>
public class DemoTests
{
    internal static readonly Lazy<(CliProcess.Outcome Outcome, string Folder)> Demo = new(() =>
    {
        var folder = CliProcess.NewFolder();
        return (CliProcess.Run(CliProcess.RepositoryRoot(), "demo", "--out", folder), folder);
    });

    [Fact]
    public void Demo_WritesTablesGeoJsonMonthlyCountsMapClassesDataDictionaryRejectionsSummaryAttributionAndReport()
    {
        var (outcome, folder) = Demo.Value;

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        string[] expected =
        [
            "ATTRIBUTION.txt", "areas.gpkg", "comparators.csv", "correlations.csv", "datapackage.json", "hotspots_global.csv", "inequality.csv",
            "lad.csv", "lad.geojson", "lad_change.csv", "lad_classes.json", "lad_monthly.csv", "lad_prevalence.csv", "lad_trend.csv",
            "lsoa.csv", "lsoa.geojson", "lsoa_benchmark.csv", "lsoa_change.csv", "lsoa_classes.json", "lsoa_hotspots.csv", "lsoa_monthly.csv", "lsoa_prevalence.csv", "lsoa_trend.csv",
            "marac.csv",
            "outcomes_adult_abuse_change.csv", "outcomes_adult_case.csv", "outcomes_adult_dash.csv", "outcomes_adult_intake_profile.csv", "outcomes_adult_per_100.csv", "outcomes_adult_years.csv",
            "outcomes_children_abuse_change.csv", "outcomes_children_case.csv", "outcomes_children_children.csv", "outcomes_children_dash.csv", "outcomes_children_intake_profile.csv",
            "outcomes_children_per_100.csv", "outcomes_children_years.csv",
            "refuge.csv", "rejections.csv", .. ReportFiles, "run-complete.json", "run-summary.json",
            "ward.csv", "ward.geojson", "ward_benchmark.csv", "ward_change.csv", "ward_classes.json", "ward_hotspots.csv", "ward_monthly.csv", "ward_outcomes.csv", "ward_prevalence.csv", "ward_profiles.csv",
            "ward_representation.csv", "ward_trend.csv",
        ];
        Assert.Equal(expected, Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>The report, and its PDF where Chromium is installed to print it.</summary>
    private static string[] ReportFiles => GeoNeeds.Report.Printing.ChromiumPdf.Find() is null ? ["report.html"] : ["report.html", "report.pdf"];

    [Fact]
    public void Demo_WritesTheWebExportsInTheirFolderAndListsThemInTheManifest()
    {
        var (_, folder) = Demo.Value;
        var manifest = File.ReadAllText(Path.Combine(folder, "run-complete.json"));

        string[] web = ["lad.geojson", "lad.topojson", "lsoa.geojson", "lsoa.topojson", "ward.geojson", "ward.topojson"];
        Assert.Equal(web, Directory.GetFiles(Path.Combine(folder, "web")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(web.Select(f => $"web/{f}").Append("areas.gpkg"), f => Assert.Contains($"\"{f}\"", manifest, StringComparison.Ordinal));
    }

    [Fact]
    public void Demo_DrawsRateImdAndHotSpotMapsPerLevelAndCharts()
    {
        var (_, folder) = Demo.Value;

        var maps = Directory.GetFiles(Path.Combine(folder, "maps")).Select(Path.GetFileName).ToList();
        foreach (var level in new[] { "lsoa", "ward" })
        {
            Assert.Contains($"{level}_imd_decile.png", maps);
            Assert.Contains($"{level}_da_incidents_rate.png", maps);
            Assert.Contains($"{level}_da_incidents_hotspots.png", maps);
        }

        Assert.Contains("ward_da_incidents_ranked.png", Directory.GetFiles(Path.Combine(folder, "charts")).Select(Path.GetFileName));
    }

    [Fact]
    public void Demo_EveryInputBalances_ReadEqualsMatchedPlusRejected()
    {
        var (_, folder) = Demo.Value;

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run-summary.json")));
        var inputs = summary.RootElement.GetProperty("inputs").EnumerateArray().ToList();
        Assert.Equal(["police_incidents", "da_incidents", "referrals", "outcomes_adult intake", "outcomes_adult exit", "outcomes_children intake", "outcomes_children exit"], inputs.Select(i => i.GetProperty("name").GetString()));
        Assert.All(inputs, input =>
        {
            var rejected = input.GetProperty("rejected_by_reason").EnumerateObject().Sum(r => r.Value.GetInt64());
            Assert.Equal(input.GetProperty("read").GetInt64(), input.GetProperty("matched").GetInt64() + rejected);
            Assert.True(input.GetProperty("balances").GetBoolean());
        });
    }

    [Fact]
    public void Demo_WardTable_HasTwelveWardsWithPopulationDeprivationAndRates()
    {
        var (_, folder) = Demo.Value;

        var lines = File.ReadAllLines(Path.Combine(folder, "ward.csv"));
        var header = lines[0].Split(',');
        Assert.Equal(13, lines.Length);
        Assert.Equal(["area_code", "area_name", "population", "imd_mean", "imd_weighted_mean"], header[..5]);
        Assert.Contains("da_incidents_rate_per_1000", header);
        Assert.Contains("referrals_rate_per_10000", header);
        Assert.All(lines.Skip(1), line => Assert.StartsWith("X05", line));
    }

    [Fact]
    public void Demo_Refuge_CouncilOfEuropeStandardForTheTownsPopulation()
    {
        var (_, folder) = Demo.Value;

        // 173,567 residents (the sum of data/population/population_by_age_sex.csv) / 10,000 = 17.36 → 17
        // spaces recommended; 11 provided (demo-study.yaml) → 6 short, 6 / 17 = 35.29%.
        Assert.Equal(
            ["area_code,area_name,population,recommended,provided,difference,shortfall_pct", "X06000001,Saltmere,173567,17,11,-6,35.2941176470588", "TOTAL,Total,173567,17,11,-6,35.2941176470588"],
            File.ReadAllLines(Path.Combine(folder, "refuge.csv")));
    }

    [Fact]
    public void Demo_Marac_ExpectedCasesAreFortyPer10000WomenAged16AndOver()
    {
        var (_, folder) = Demo.Value;
        var women16Plus = File.ReadLines(Path.Combine(CliProcess.RepositoryRoot(), "data", "population", "population_by_age_sex.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(f => f[1] == "F" && (f[2] == "90+" || int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture) >= 16))
            .Sum(f => double.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture));

        var marac = File.ReadAllLines(Path.Combine(folder, "marac.csv"))[1].Split(',');

        Assert.Equal(women16Plus, double.Parse(marac[2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(women16Plus / 10_000 * 40, double.Parse(marac[4], System.Globalization.CultureInfo.InvariantCulture), 9);
    }

    [Fact]
    public void Demo_Marac_IdvasInPostAgainstSafeLivesCaseloadOnExpectedAndHeardCases()
    {
        var (_, folder) = Demo.Value;
        var lines = File.ReadAllLines(Path.Combine(folder, "marac.csv"));
        var row = lines[0].Split(',').Zip(lines[1].Split(',')).Skip(2).ToDictionary(c => c.First, c => double.Parse(c.Second, System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);

        // data/provision/idvas.csv: 2.5 FTE in post; SafeLives: an IDVA holds 100 cases a year; 240 cases heard.
        Assert.Equal(row["expected_cases"] / 100, row["idva_fte_recommended"], 9);
        Assert.Equal((row["expected_cases"] / 100) - 2.5, row["idva_fte_gap"], 9);
        Assert.Equal(2.4, row["idva_fte_for_cases_heard"], 9);
        Assert.Equal(-0.1, row["idva_fte_gap_for_cases_heard"], 9);
    }

    [Fact]
    public void Demo_Representation_WomensShareOfReferralsAgainstWomenAged16AndOver()
    {
        var (_, folder) = Demo.Value;
        var lines = File.ReadAllLines(Path.Combine(folder, "ward_representation.csv"));
        var header = lines[0].Split(',');
        var women = header.Zip(lines.Single(l => l.StartsWith("sex,F,TOTAL,", StringComparison.Ordinal)).Split(',')).ToDictionary(c => c.First, c => c.Second, StringComparer.Ordinal);
        var marac = File.ReadAllLines(Path.Combine(folder, "marac.csv"))[1].Split(',');

        // The population share is of the residents aged 16+ (needs.representation.ages), so its women are marac.csv's adult women.
        Assert.Equal(marac[2], women["population"]);
        var ratio = double.Parse(women["ratio"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(ratio, double.Parse(women["ratio_lower_95"], System.Globalization.CultureInfo.InvariantCulture), double.Parse(women["ratio_upper_95"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(ratio > 1, "women are over-represented among the demo's referrals");
    }

    [Fact]
    public void Demo_HotSpots_DeprivedLsoasFormHighHighClusters()
    {
        var (_, folder) = Demo.Value;
        var deciles = File.ReadLines(Path.Combine(folder, "lsoa.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture));

        var hot = File.ReadLines(Path.Combine(folder, "lsoa_hotspots.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[0] == "police_incidents" && f[7] == "HH").Select(f => deciles[f[1]]).ToList();

        Assert.NotEmpty(hot);
        Assert.True(hot.Average() <= 3, $"mean IMD decile of HH LSOAs is {hot.Average()}");
    }

    [Fact]
    public void Demo_Outputs_NeverContainPointCoordinates()
    {
        var (_, folder) = Demo.Value;

        // The demo's incident latitudes are written with exactly six decimals near 54.2 N; rates are written
        // at full precision, so a value of exactly six decimals standing alone is a leaked location. The report, like
        // maps/ and charts/, holds drawings whose numbers are page coordinates.
        foreach (var file in Directory.GetFiles(folder).Where(f => !f.EndsWith(".geojson", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("report.", StringComparison.Ordinal)))
        {
            Assert.DoesNotMatch(@"(^|[,( ])54\.\d{6}($|[,) ])", File.ReadAllText(file));
        }
    }
}
