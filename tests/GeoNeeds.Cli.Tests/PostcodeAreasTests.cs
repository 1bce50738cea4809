namespace GeoNeeds.Cli.Tests;

public class PostcodeAreasTests
{
    // Three postcodes in CountPointsTests.Squares' two touching squares (the third square holds none and is joined to
    // the nearest postcode), two more outside every square; ZZ1 1AD is terminated.
    private const string Lookup = "pcd,oseast1m,osnrth1m,doterm\n"
        + "ZZ1 1AA,430250,280500,\nZZ1 1AB,430750,280500,\nZZ2 1AA,431500,280500,\nZZ1 1AD,430500,280900,202001\nZZ9 9ZZ,500000,300000,\n";

    [Fact]
    public void PostcodeAreas_Districts_WritesGeoJsonAndCsvWithPostcodeCountsAndPopulation()
    {
        var folder = Folder();
        File.WriteAllText(Path.Combine(folder, "population.csv"), "LSOA code (2011),LSOA name (2011),Total population: mid 2015 (excluding prisoners)\nX01000001,A,\"1,000\"\nX01000002,B,300\nX01000003,C,200\n");

        var outcome = CliProcess.Run(folder, "postcode-areas", "--postcodes", "onspd.csv", "--clip", "squares.geojson", "--clip-code-field", "CODE", "--population", "population.csv", "--out", "districts.geojson");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal("area_code,area_name,postcodes,population\nZZ1,ZZ1,2,1000\nZZ2,ZZ2,1,500\n", File.ReadAllText(Path.Combine(folder, "districts.csv")));
        Assert.Contains("\"id\":\"ZZ1\"", File.ReadAllText(Path.Combine(folder, "districts.geojson")), StringComparison.Ordinal);
        Assert.Contains("1 postcodes lie outside the clip layer", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("1 terminated postcodes are left out", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void PostcodeAreas_UnknownLevel_FailsWithUsage()
    {
        var outcome = CliProcess.Run(Folder(), "postcode-areas", "--postcodes", "onspd.csv", "--clip", "squares.geojson", "--level", "area");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("--level must be unit, sector or district, not 'area'", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void PostcodeAreas_MissingLookup_NamesTheFileWithoutAStackTrace()
    {
        var outcome = CliProcess.Run(Folder(), "postcode-areas", "--postcodes", "nowhere.csv", "--clip", "squares.geojson");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("nowhere.csv", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.StandardError, StringComparison.Ordinal);
    }

    private static string Folder()
    {
        var folder = CliProcess.NewFolder();
        File.WriteAllText(Path.Combine(folder, "squares.geojson"), CountPointsTests.Squares);
        File.WriteAllText(Path.Combine(folder, "onspd.csv"), Lookup);
        return folder;
    }
}
