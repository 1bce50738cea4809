using System.Net;
using System.Text.Json;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>
/// <c>/api/postcode/TEXT</c>: where a postcode of the study's lookup is and the area of each level it falls in, on the
/// test server over the demo's outputs (whose run summary names the demo study file) and a folder with no run summary.
/// </summary>
public class PostcodeApiTests(DemoViewer demo) : IClassFixture<DemoViewer>
{
    [Fact]
    public async Task Postcode_DemoPostcodes_FallInTheLsoaAndWardTheLookupGivesThem()
    {
        // The demo's lookup gives each postcode's LSOA and ward; the viewer finds them from the point and the polygons.
        // About 2% of its LSOA codes are deliberately of a vintage the boundaries lack (X019...), so those are left out.
        var rows = File.ReadLines(Path.Combine(DemoOutputs.Data, "postcodes", "postcodes.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => !f[3].StartsWith("X019", StringComparison.Ordinal)).Take(40).ToList();

        foreach (var row in rows)
        {
            using var response = await demo.Viewer.Client.GetAsync($"/api/postcode/{Uri.EscapeDataString(row[0])}");
            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

            var areas = answer.RootElement.GetProperty("areas").EnumerateArray().ToDictionary(a => a.GetProperty("level").GetString()!, a => a.GetProperty("code").GetString());
            Assert.Equal(row[0], answer.RootElement.GetProperty("postcode").GetString());
            Assert.Equal(row[3], areas["lsoa"]);
            Assert.Equal(row[4], areas["ward"]);
            Assert.Equal("X06000001", areas["lad"]);
        }
    }

    [Fact]
    public async Task Postcode_SpelledWithoutSpaceInLowerCase_IsFound()
    {
        var postcode = File.ReadLines(Path.Combine(DemoOutputs.Data, "postcodes", "postcodes.csv")).Skip(1).First().Split(',')[0];

        using var response = await demo.Viewer.Client.GetAsync($"/api/postcode/{postcode.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()}");
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(postcode, answer.RootElement.GetProperty("postcode").GetString());
    }

    [Theory]
    [InlineData("ZZ9 9ZZ", "ZZ9 9ZZ is not in the study's postcode lookup")]
    [InlineData("harbour", "'harbour' is not a postcode")]
    public async Task Postcode_NotFound_Is404SayingWhy(string text, string problem)
    {
        using var response = await demo.Viewer.Client.GetAsync($"/api/postcode/{Uri.EscapeDataString(text)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(problem, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Index_DemoOutputs_SearchesPostcodes()
    {
        using var response = await demo.Viewer.Client.GetAsync("/api/index");
        using var index = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.False(index.RootElement.TryGetProperty("postcodesOff", out _));
    }

    [Fact]
    public async Task Postcode_FolderWithoutRunSummary_IsNotSearchedAndTheIndexSaysWhy()
    {
        await using var viewer = await TestViewer.Start(OutputFixture.WardFolder());

        using var index = JsonDocument.Parse(await viewer.Client.GetStringAsync("/api/index"));
        using var response = await viewer.Client.GetAsync("/api/postcode/ZZ1%200AH");

        const string Why = "run-summary.json cannot be read, so it names no study file; name the study file with --study FILE";
        Assert.Equal(Why, index.RootElement.GetProperty("postcodesOff").GetString());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal($"postcodes are not searched: {Why}", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(""" "study_file": "", """, "run-summary.json names no study file; name the study file with --study FILE")]
    [InlineData(""" "study_file": "elsewhere/study.yaml", """, "the run's study file elsewhere/study.yaml is not found from here; name it with --study FILE")]
    public async Task Index_RunSummaryNamingNoStudyFileFound_SaysPostcodesAreNotSearchedAndWhy(string studyFile, string why)
    {
        var summary = $$"""{ "study": "S", {{studyFile}} "levels": [], "inputs": [], "indicators": [], "warnings": [], "stage_seconds": {}, "outputs": [], "attribution": [] }""";
        var folder = OutputFixture.Folder(("ward.geojson", OutputFixture.Layer(new Dictionary<string, object?>())), ("run-summary.json", summary));
        await using var viewer = await TestViewer.Start(folder);

        using var index = JsonDocument.Parse(await viewer.Client.GetStringAsync("/api/index"));

        Assert.Equal(why, index.RootElement.GetProperty("postcodesOff").GetString());
    }
}
