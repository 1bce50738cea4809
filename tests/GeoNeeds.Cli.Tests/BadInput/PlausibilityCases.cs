using System.Text.Json;
using static GeoNeeds.Cli.Tests.BadInput.PlausibilityInputs;

namespace GeoNeeds.Cli.Tests.BadInput;

/// <summary>
/// The bad-input corpus for plausibility: inputs that are readable but cannot be right (a boundary file in another
/// coordinate system than it says, points that fall in no area, invalid polygons, months that are no months) give
/// a clear message and exit code, or the run with a visible warning, and every row is still accounted for.
/// </summary>
public class PlausibilityCases
{
    private const string Bng = "430000 280000, 431000 280000, 431000 281000, 430000 281000, 430000 280000";
    private const string LonLat = "-1.5 52.4, -1.49 52.4, -1.49 52.41, -1.5 52.41, -1.5 52.4";
    private const string WebMercator = "-166000 6868000, -165000 6868000, -165000 6869000, -166000 6869000, -166000 6868000";

    [Theory]
    [InlineData(Crs84, Bng, "areas.geojson: coordinates run from 430000 to 431000 east and 280000 to 281000 north, which look like British National Grid metres, but the file declares CRS84 longitude/latitude (EPSG:4326); correct the coordinate system the file states")]
    [InlineData("urn:ogc:def:crs:EPSG::4326", Bng, "which look like British National Grid metres, but the file declares CRS84 longitude/latitude (EPSG:4326)")]
    [InlineData(Grid, LonLat, "areas.geojson: coordinates run from -1.5 to -1.49 east and 52.4 to 52.41 north, which look like longitude/latitude degrees, but the file declares British National Grid (EPSG:27700)")]
    [InlineData(Grid, WebMercator, "which fit neither longitude/latitude degrees nor British National Grid metres, but the file declares British National Grid (EPSG:27700); correct the coordinate system the file states (its GeoJSON crs member, .prj or GeoPackage srs) or reproject the file.")]
    [InlineData(Grid, "430000 280000, 431000 280000, 431000 1e308, 430000 280000", "areas.geojson:1:geometry: feature 1 (X01000001) has a vertex at (431000, 1E+308), which is no longitude/latitude or British National Grid coordinate; correct or remove that vertex.")]
    [InlineData(Crs84, "-1.5 52.4, -1e20 52.4, -1.49 52.41, -1.5 52.4", "areas.geojson:1:geometry: feature 1 (X01000001) has a vertex at (-1E+20, 52.4)")]
    public void CountPoints_BoundaryFileThatCannotBeWhatItSays_ExitsTwoSayingWhatTheCoordinatesLookLike(string crs, string ring, string expected)
    {
        var folder = Folder(("areas.geojson", Areas(crs, Ring(ring))), ("points.csv", PoliceFile(PoliceRow("2025-04", Inside))));

        var outcome = CliProcess.Run(folder, "count-points", "--points", "points.csv", "--polygons", "areas.geojson", "--code-field", "CODE", "--out", "counts.csv");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(expected, Flat(outcome.StandardError), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "counts.csv")));
    }

    [Fact]
    public void Assess_LevelCrsDisagreeingWithTheBoundaryFile_ExitsTwoNamingTheStudysCrs()
    {
        var outcome = Assess(Study(levelExtra: ", crs: EPSG:4326"), PoliceFile(PoliceRow("2025-04", Inside)));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("but the study's crs declares CRS84 longitude/latitude (EPSG:4326); correct the level's crs in the study to EPSG:27700", Flat(outcome.StandardError), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", new[] { Outside, Outside }, "input 'incidents' matched none of its 2 rows to an area (rejected: outside_study_area 2)")]
    [InlineData("", new[] { "", "" }, "input 'incidents' matched none of its 2 rows to an area (rejected: no_location 2)")]
    [InlineData("", new[] { Inside, Outside, Outside }, "input 'incidents' matched 1 of its 3 located rows to an area (33.3%), under the minimum share of 50% (min_match_share)")]
    [InlineData(", min_match_share: 0.9", new[] { Inside, Inside, Outside }, "input 'incidents' matched 2 of its 3 located rows to an area (66.7%), under the minimum share of 90% (min_match_share)")]
    [InlineData(", min_match_share: 0.3", new[] { Inside, Outside, Outside }, null)]
    [InlineData("", new[] { Inside, Inside, Outside }, null)]
    public void Assess_InputMatchingTooLittle_WarnsOnTheConsoleAndInTheSummary(string inputExtra, string[] places, string? expected)
    {
        var outcome = Assess(Study(inputExtra), PoliceFile([.. places.Select(p => PoliceRow("2025-04", p))]), out var output);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        RunAccounting.AssertEveryInputBalances(output);
        var warnings = Warnings(output);
        if (expected is null)
        {
            Assert.DoesNotContain(warnings, w => w.Contains("matched", StringComparison.Ordinal));
            return;
        }

        Assert.Contains(warnings, w => w.StartsWith(expected, StringComparison.Ordinal));
        Assert.Contains("warning: " + expected, Flat(outcome.StandardOutput), StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_StrictInputMatchingNothing_ExitsTwoAndWritesNothing()
    {
        var outcome = Assess(Study(), PoliceFile(PoliceRow("2025-04", Outside)), out var output, "--strict");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("error: input 'incidents' matched none of its 1 rows to an area (rejected: outside_study_area 1)", Flat(outcome.StandardError), StringComparison.Ordinal);
        Assert.EndsWith("Nothing was written (--strict).", outcome.StandardError.Trim(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void Validate_MinMatchShareAboveOne_ExitsTwoNamingTheKey()
    {
        var folder = Folder(("study.yaml", Study(", min_match_share: 2")), ("areas.geojson", Areas(Grid, TwoSquares)), ("police.csv", PoliceFile(PoliceRow("2025-04", Inside))));

        var outcome = CliProcess.Run(folder, "validate", "study.yaml");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("inputs.incidents.min_match_share: must be a share between 0 and 1, e.g. 0.5", outcome.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--strict" }, 2, "error: input 'points' matched 1 of its 3 located rows to an area (33.3%), under the minimum share of 50% (min_match_share)")]
    [InlineData(new[] { "--strict", "--min-match-share", "0.9" }, 2, "under the minimum share of 90%")]
    [InlineData(new[] { "--min-match-share", "1.5" }, 1, "--min-match-share must be between 0 and 1, e.g. 0.5.")]
    public void CountPoints_StrictOrImpossibleShare_ExitsWithoutWriting(string[] options, int exitCode, string expected)
    {
        var folder = Folder(("areas.geojson", Areas(Grid, TwoSquares)), ("points.csv", PoliceFile(PoliceRow("2025-04", Inside), PoliceRow("2025-04", Outside), PoliceRow("2025-04", Outside))));

        var outcome = CliProcess.Run(folder, ["count-points", "--points", "points.csv", "--polygons", "areas.geojson", "--code-field", "CODE", "--out", "counts.csv", .. options]);

        Assert.Equal(exitCode, outcome.ExitCode);
        Assert.Contains(expected, Flat(outcome.Output), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "counts.csv")));
    }

    /// <summary>Runs <c>assess study.yaml --out out</c> on the squares and <paramref name="police"/>.</summary>
    internal static CliProcess.Outcome Assess(string study, string police) => Assess(study, police, out _);

    internal static CliProcess.Outcome Assess(string study, string police, out string output, params string[] options)
    {
        var folder = Folder(("study.yaml", study), ("areas.geojson", Areas(Grid, TwoSquares)), ("police.csv", police));
        output = Path.Combine(folder, "out");
        return CliProcess.Run(folder, ["assess", "study.yaml", "--out", "out", "--no-graphics", .. options]);
    }

    /// <summary>The warnings of the run summary in <paramref name="output"/>.</summary>
    internal static IReadOnlyList<string> Warnings(string output)
    {
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run-summary.json")));
        return [.. summary.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!)];
    }
}
