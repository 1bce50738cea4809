using System.Globalization;

namespace GeoNeeds.Cli.Tests;

public class HotspotsTests
{
    // The README example: the demo's LSOA table, then hot spots of its incident rate on the demo's LSOA polygons.
    private static readonly Lazy<(CliProcess.Outcome Outcome, string Folder)> DemoHotSpots = new(() =>
    {
        var folder = CliProcess.NewFolder();
        var root = CliProcess.RepositoryRoot();
        var demo = CliProcess.Run(root, "demo", "--out", folder);
        Assert.True(demo.ExitCode == 0, demo.ToString());
        return (CliProcess.Run(root, "hotspots", "--polygons", "data/boundaries/lsoa.geojson", "--code-field", "LSOA_CODE",
            "--in", Path.Combine(folder, "lsoa.csv"), "--value", "police_incidents_rate_per_1000", "--out", Path.Combine(folder, "hotspots.csv")), folder);
    });

    [Fact]
    public void Hotspots_DemoLsoaRates_WritesOneRowPerAreaWithHighHighClusters()
    {
        var (outcome, folder) = DemoHotSpots.Value;

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var lines = File.ReadAllLines(Path.Combine(folder, "hotspots.csv"));
        Assert.StartsWith("area_code,area_name,gi_z,gi_p,moran_i,moran_p,cluster,population,", lines[0], StringComparison.Ordinal);
        Assert.Equal(101, lines.Length);
        Assert.Contains(lines, line => line.Contains(",HH,", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), line => Assert.Matches(@"^X01\d{6},[^,]*,-?[0-9.E-]+,[0-9.E-]+,-?[0-9.E-]+,0\.\d+,(HH|LL|HL|LH|ns),", line));
    }

    [Fact]
    public void Hotspots_DemoLsoaRates_PrintsGlobalMoransIAndClusterCounts()
    {
        var (outcome, _) = DemoHotSpots.Value;

        Assert.Contains("Global Moran's I of police_incidents_rate_per_1000 = 0.", Unwrapped(outcome));
        Assert.Contains("pseudo p = 0.001 (999 permutations, seed 20261127)", Unwrapped(outcome));
        Assert.Contains("Local Moran clusters at p < 0.05: HH ", Unwrapped(outcome));
    }

    [Theory]
    [InlineData("area_code,rate\nX01000001,1\nX01000002,2\nX01000099,3\n", "rates.csv:4:area_code: 'X01000099' is not an area of grid.geojson (4 areas)")]
    [InlineData("area_code,rate\nX01000001,1\nX01000002,2\nX01000003,3\n", "rates.csv:area_code: 1 area(s) of grid.geojson have no row: 'X01000004' (feature 4)")]
    [InlineData("area_code,rate\nX01000001,1\nX01000002,*\nX01000003,3\nX01000004,4\n", "rates.csv:3:rate: '*' is not a number for area 'X01000002'")]
    public void Hotspots_TableAndPolygonsDisagree_ExitsTwoNamingFileLineAndColumn(string rates, string expected)
    {
        var outcome = Run(GridFolder(rates));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(expected, Unwrapped(outcome));
    }

    [Fact]
    public void Hotspots_Island_WarnsAndWritesNsWithEmptyStatistics()
    {
        var folder = GridFolder("area_code,rate\nX01000001,1\nX01000002,2\nX01000003,3\nX01000004,5\nX01000005,8\n", withIsland: true);

        var outcome = Run(folder);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("warning: 1 area(s) touch no other area (islands): X01000005", Unwrapped(outcome));
        Assert.Equal("X01000005,,,,,,ns,8", File.ReadAllLines(Path.Combine(folder, "hotspots.csv"))[5]);
    }

    [Fact]
    public void Hotspots_MissingValueOption_ExitsOne()
    {
        var outcome = CliProcess.Run(CliProcess.NewFolder(), "hotspots", "--polygons", "grid.geojson", "--in", "rates.csv");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("--polygons and --value are required.", Unwrapped(outcome));
    }

    [Fact]
    public void Hotspots_StandardInputToStandardOutput_WritesCsvAndSummaryOnStandardError()
    {
        var folder = GridFolder("");
        var polygons = Path.Combine(folder, "grid.geojson");

        var outcome = Commands.Indicators.PipedCli.Run("area_code,rate,area_name\nX01000001,1,A\nX01000002,2,B\nX01000003,3,C\nX01000004,5,D\n",
            "hotspots", "--polygons", polygons, "--code-field", "CODE", "--value", "rate");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var lines = outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("area_code,area_name,gi_z,gi_p,moran_i,moran_p,cluster,rate", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("X01000004,D,", lines[4], StringComparison.Ordinal);
        Assert.EndsWith(",5", lines[4], StringComparison.Ordinal);
        Assert.Contains("Global Moran's I of rate = ", outcome.Error);
    }

    [Fact]
    public void Hotspots_BadValueOnStandardInput_NamesTheStreamLineAndColumn()
    {
        var polygons = Path.Combine(GridFolder(""), "grid.geojson");

        var outcome = Commands.Indicators.PipedCli.Run("area_code,rate\nX01000001,1\nX01000002,*\n", "hotspots", "--polygons", polygons, "--code-field", "CODE", "--value", "rate");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("<stdin>:3:rate: '*' is not a number for area 'X01000002'", outcome.Error.Replace("\n", "", StringComparison.Ordinal));
    }

    /// <summary>The console output with Spectre.Console's line wrapping (80 columns when redirected) undone.</summary>
    private static string Unwrapped(CliProcess.Outcome outcome) => outcome.Output.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);

    private static CliProcess.Outcome Run(string folder) => CliProcess.Run(folder, "hotspots", "--polygons", "grid.geojson",
        "--code-field", "CODE", "--in", "rates.csv", "--value", "rate", "--out", "hotspots.csv");

    /// <summary>A folder with rates.csv and grid.geojson: 2 × 2 one-kilometre squares of British National Grid, and optionally a fifth far away.</summary>
    private static string GridFolder(string rates, bool withIsland = false)
    {
        var folder = CliProcess.NewFolder();
        var squares = new List<(int X, int Y)> { (430000, 280000), (431000, 280000), (430000, 281000), (431000, 281000) };
        if (withIsland)
        {
            squares.Add((440000, 290000));
        }

        var features = squares.Select((s, i) => string.Create(CultureInfo.InvariantCulture,
            $$$"""{"type":"Feature","properties":{"CODE":"X0100000{{{i + 1}}}"},"geometry":{"type":"Polygon","coordinates":[[[{{{s.X}}},{{{s.Y}}}],[{{{s.X + 1000}}},{{{s.Y}}}],[{{{s.X + 1000}}},{{{s.Y + 1000}}}],[{{{s.X}}},{{{s.Y + 1000}}}],[{{{s.X}}},{{{s.Y}}}]]]}}"""));
        File.WriteAllText(Path.Combine(folder, "grid.geojson"),
            $$$"""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::27700"}},"features":[{{{string.Join(",", features)}}}]}""");
        File.WriteAllText(Path.Combine(folder, "rates.csv"), rates);
        return folder;
    }
}
