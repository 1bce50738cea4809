using System.Text.Json;

namespace GeoNeeds.Cli.Tests;

/// <summary>
/// The example study files in examples/ run on the real open data in ../shared/data, as the README says;
/// skipped with a message on a fresh clone where that folder is absent.
/// </summary>
public class RealDataExamplesTests
{
    private static string RequireSharedData()
    {
        var shared = Path.GetFullPath(Path.Combine(CliProcess.RepositoryRoot(), "..", "shared", "data"));
        Skip.IfNot(Directory.Exists(shared), "Real open data not found: ../shared/data beside the project root is absent (a fresh clone); this acceptance test runs in CI.");
        return shared;
    }

    [SkippableFact]
    public void Assess_LeicestershireExample_JoinsTwelveMonthsAndAccountsForEveryRow()
    {
        RequireSharedData();
        var output = CliProcess.NewFolder();

        var outcome = CliProcess.Run(CliProcess.RepositoryRoot(), "assess", "examples/leicestershire-study.yaml", "--out", output);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run-summary.json")));
        var input = summary.RootElement.GetProperty("inputs")[0];
        Assert.Equal(104_824, input.GetProperty("read").GetInt64());
        Assert.True(input.GetProperty("balances").GetBoolean());
        Assert.Equal(612, File.ReadAllLines(Path.Combine(output, "lsoa.csv")).Length);
        Assert.Equal(10, File.ReadAllLines(Path.Combine(output, "lad.csv")).Length);
        Assert.Contains("Martin Chorley", File.ReadAllText(Path.Combine(output, "ATTRIBUTION.txt")));
    }

    [SkippableFact]
    public void Assess_CoventryExample_WardTableReproducesPublishedDeprivation()
    {
        RequireSharedData();
        var output = CliProcess.NewFolder();

        var outcome = CliProcess.Run(CliProcess.RepositoryRoot(), "assess", "examples/coventry-study.yaml", "--out", output);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("agrees with interior-point for 191 of 195", outcome.Output);
        var foleshill = File.ReadAllLines(Path.Combine(output, "ward.csv")).Single(l => l.Contains(",Foleshill,", StringComparison.Ordinal));
        Assert.StartsWith("E05001222,Foleshill,21572,1.58333", foleshill);
    }

    [SkippableFact]
    public void Assess_CoventryPostcodeExample_BuildsSectorsInCv1ToCv8AndSharesEveryLsoaPopulation()
    {
        RequireSharedData();
        var output = CliProcess.NewFolder();

        var outcome = CliProcess.Run(CliProcess.RepositoryRoot(), "assess", "examples/coventry-postcode-districts-study.yaml", "--out", output);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("district: 8 areas, rolled up by postcode area of each event (a referral's postcode, a point's location), lsoa population shared by postcode count", outcome.Output);
        var rows = File.ReadAllLines(Path.Combine(output, "district.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["CV1", "CV2", "CV3", "CV4", "CV5", "CV6", "CV7", "CV8"], rows.Select(r => r[0]));
        // Each LSOA's population is shared among its districts in whole residents, so they sum to the city's
        // (IoD 2019 File_6, Coventry's 195 LSOAs), and CV8, whose postcodes share a point with CV1's, has some.
        var population = rows.Select(r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(344_288, population.Sum());
        Assert.All(population, p => Assert.True(p > 0));
        var sectors = File.ReadAllLines(Path.Combine(output, "sector.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(38, sectors.Count);
        Assert.All(sectors, s => Assert.Contains(s[0].Split(' ')[0], rows.Select(r => r[0])));
        Assert.Equal(344_288, sectors.Sum(s => int.Parse(s[2], System.Globalization.CultureInfo.InvariantCulture)));
    }
}
