using System.Text.Json;

namespace GeoNeeds.Cli.Tests;

/// <summary>The README's main command, run as a user would: <c>geoneeds demo --out DIR</c> from the repository root.</summary>
public class DemoTests
{
    private static readonly Lazy<(CliProcess.Outcome Outcome, string Folder)> Demo = new(() =>
    {
        var folder = CliProcess.NewFolder();
        return (CliProcess.Run(CliProcess.RepositoryRoot(), "demo", "--out", folder), folder);
    });

    [Fact]
    public void Demo_WritesTablesGeoJsonMonthlyCountsRejectionsSummaryAndAttribution()
    {
        var (outcome, folder) = Demo.Value;

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        string[] expected =
        [
            "ATTRIBUTION.txt", "lad.csv", "lad.geojson", "lad_monthly.csv", "lsoa.csv", "lsoa.geojson", "lsoa_monthly.csv",
            "rejections.csv", "run-summary.json", "ward.csv", "ward.geojson", "ward_monthly.csv",
        ];
        Assert.Equal(expected, Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Demo_EveryInputBalances_ReadEqualsMatchedPlusRejected()
    {
        var (_, folder) = Demo.Value;

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run-summary.json")));
        var inputs = summary.RootElement.GetProperty("inputs").EnumerateArray().ToList();
        Assert.Equal(["police_incidents", "da_incidents", "referrals"], inputs.Select(i => i.GetProperty("name").GetString()));
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
    public void Demo_Outputs_NeverContainPointCoordinates()
    {
        var (_, folder) = Demo.Value;

        // The demo's incident latitudes are written with exactly six decimals near 54.2 N; rates are written
        // at full precision, so a value of exactly six decimals standing alone is a leaked location.
        foreach (var file in Directory.GetFiles(folder).Where(f => !f.EndsWith(".geojson", StringComparison.Ordinal)))
        {
            Assert.DoesNotMatch(@"(^|[,( ])54\.\d{6}($|[,) ])", File.ReadAllText(file));
        }
    }
}
