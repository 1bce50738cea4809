namespace GeoNeeds.Cli.Tests;

public class CountPointsTests
{
    // Two 1 km squares of British National Grid side by side (430000..431000 and 431000..432000 E,
    // 280000..281000 N), as GeoJSON with the legacy crs member.
    internal const string Squares = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::27700"}},"features":[
        {"type":"Feature","properties":{"CODE":"X01000001"},"geometry":{"type":"Polygon","coordinates":[[[430000,280000],[431000,280000],[431000,281000],[430000,281000],[430000,280000]]]}},
        {"type":"Feature","properties":{"CODE":"X01000002"},"geometry":{"type":"Polygon","coordinates":[[[431000,280000],[432000,280000],[432000,281000],[431000,281000],[431000,280000]]]}},
        {"type":"Feature","properties":{"CODE":"X01000003"},"geometry":{"type":"Polygon","coordinates":[[[433000,280000],[434000,280000],[434000,281000],[433000,281000],[433000,280000]]]}}]}
        """;

    [Fact]
    public void CountPoints_EastingsNorthings_CountsEveryPolygonWithZerosAndRejectsTheRest()
    {
        var (outcome, folder) = CountPoints("ref,e,n\n1,430500,280500\n2,430600,280500\n3,431500,280500\n4,,\n5,999999,280500\n6,abc,280500\n",
            "--x", "e", "--y", "n", "--suppress-below", "0");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal("area_code,count\nX01000001,2\nX01000002,1\nX01000003,0\n", File.ReadAllText(Path.Combine(folder, "counts.csv")));
        var rejections = File.ReadAllLines(Path.Combine(folder, "counts.rejections.csv"));
        Assert.Equal(4, rejections.Length);
        // Line numbers are physical lines of the file; the header is line 1.
        Assert.EndsWith("points.csv,5,,no_location,e and n are empty", rejections[1]);
        Assert.EndsWith("points.csv,6,e/n,invalid_coordinate,the values are outside British National Grid eastings 0..800000 / northings 0..1300000", rejections[2]);
        Assert.EndsWith("points.csv,7,e,invalid_coordinate,'abc' is not a finite number", rejections[3]);
    }

    [Fact]
    public void CountPoints_LonLatPointsOnGridPolygons_AreReprojectedWithTheDatumShift()
    {
        // 431050 E, 280500 N (50 m inside X01000002) is -1.54485, 52.42161 in WGS 84 with the OSGB36 Helmert
        // shift (ProjNet, EPSG:1314 parameters). Projecting without the datum shift moves it ~100 m west,
        // into X01000001, as the issue warns.
        var (outcome, folder) = CountPoints("lon,lat\n-1.54485,52.42161\n", "--lon", "lon", "--lat", "lat", "--suppress-below", "0");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal("area_code,count\nX01000001,0\nX01000002,1\nX01000003,0\n", File.ReadAllText(Path.Combine(folder, "counts.csv")));
    }

    [Fact]
    public void CountPoints_DefaultSuppression_HidesCountsBelowFiveAndOneMoreAgainstTheTotal()
    {
        var (outcome, folder) = CountPoints("e,n\n430500,280500\n", "--x", "e", "--y", "n");

        // The summary prints the matched total (1), so a second area is withheld: with one '*' the total minus the
        // shown zeros would give it away.
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal("area_code,count\nX01000001,*\nX01000002,*\nX01000003,0\n", File.ReadAllText(Path.Combine(folder, "counts.csv")));
    }

    [Theory]
    [InlineData("e;n\n430500;280500\n", "points.csv:1: the header is a single column 'e;n': the file looks semicolon-delimited; GeoNeeds expects commas")]
    [InlineData("", "points.csv: file is empty")]
    [InlineData("x,y\n1,2\n", "points.csv:1:e: missing column 'e'; the header has: x, y")]
    public void CountPoints_UnusablePointFile_ExitsWithInputDataErrorNamingFileLineAndField(string pointsCsv, string expectedMessage)
    {
        var (outcome, _) = CountPoints(pointsCsv, "--x", "e", "--y", "n");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(expectedMessage, outcome.Output.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal));
    }

    /// <summary>Runs count-points on <paramref name="pointsCsv"/> against <see cref="Squares"/>, writing counts.csv.</summary>
    private static (CliProcess.Outcome Outcome, string Folder) CountPoints(string pointsCsv, params string[] columnOptions)
    {
        var folder = CliProcess.NewFolder();
        File.WriteAllText(Path.Combine(folder, "areas.geojson"), Squares);
        File.WriteAllText(Path.Combine(folder, "points.csv"), pointsCsv);
        string[] args = ["count-points", "--points", "points.csv", "--polygons", "areas.geojson", "--code-field", "CODE", .. columnOptions, "--out", "counts.csv"];
        return (CliProcess.Run(folder, args), folder);
    }
}
