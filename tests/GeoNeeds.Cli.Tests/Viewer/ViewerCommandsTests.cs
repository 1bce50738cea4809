using System.Globalization;
using System.Text;

namespace GeoNeeds.Cli.Tests.Viewer;

/// <summary><c>geoneeds map</c> and <c>geoneeds chart</c> on the committed demo wards and a small table of rates.</summary>
public class ViewerCommandsTests
{
    private static string Wards => Path.Combine(CliProcess.RepositoryRoot(), "data", "boundaries", "wards.geojson");

    /// <summary>A ward table in the shape assess writes: rates 2, 4, … for X05000001..12, the last ward's count suppressed.</summary>
    private static string WardTable(string folder)
    {
        var text = new StringBuilder("area_code,area_name,population,da_count,da_rate_per_1000,da_lower_95,da_upper_95\n");
        for (var i = 1; i <= 12; i++)
        {
            var rate = i * 2.0;
            text.Append(i == 12
                ? $"X050000{i:00},Ward {i},10000,*,,,\n"
                : string.Create(CultureInfo.InvariantCulture, $"X050000{i:00},Ward {i},10000,{rate * 10},{rate},{rate * 0.8},{rate * 1.2}\n"));
        }

        var path = Path.Combine(folder, "ward.csv");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    [Fact]
    public void Map_WardRates_WritesPngAndPrintsTheLegend()
    {
        var folder = CliProcess.NewFolder();
        var outcome = CliProcess.Run(folder, "map", "--polygons", Wards, "--code-field", "WARD_CODE", "--values", WardTable(folder), "--k", "4", "--out", "map.png");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("Withheld (small count or protecting one) (1)", outcome.Output, StringComparison.Ordinal);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Path.Combine(folder, "map.png"))[..4]);
    }

    [Fact]
    public void Map_MissingValueColumn_ExitsTwoNamingTheFileAndColumn()
    {
        var folder = CliProcess.NewFolder();
        WardTable(folder);
        var outcome = CliProcess.Run(folder, "map", "--polygons", Wards, "--code-field", "WARD_CODE", "--values", "ward.csv", "--value", "nope");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("error: ward.csv:1:nope: missing column 'nope'", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_UnknownClassification_ExitsOne()
    {
        var folder = CliProcess.NewFolder();
        var outcome = CliProcess.Run(folder, "map", "--polygons", Wards, "--values", WardTable(folder), "--classes", "headtail");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("Unknown classification 'headtail'", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_Funnel_WritesSvg()
    {
        var folder = CliProcess.NewFolder();
        var outcome = CliProcess.Run(folder, "chart", "funnel", "--in", WardTable(folder), "--out", "funnel.svg");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(folder, "funnel.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_UnknownKind_ExitsOneListingTheKinds()
    {
        var folder = CliProcess.NewFolder();
        var outcome = CliProcess.Run(folder, "chart", "pie", "--in", WardTable(folder));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("Unknown chart 'pie': use ranked, scatter, quadrant, funnel, trend, deciles.", System.Text.RegularExpressions.Regex.Replace(outcome.Output, @"\s+", " "), StringComparison.Ordinal);
    }
}
