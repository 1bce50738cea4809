using System.Net;
using System.Text.Json;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>
/// <c>/api/area/LEVEL/CODE</c>: one area's rows of the run's needs tables for the side panel, as the CSVs publish them,
/// on the test server over the demo's outputs and small hand-made folders.
/// </summary>
public class AreaTablesApiTests(DemoViewer demo) : IClassFixture<DemoViewer>
{
    [Fact]
    public async Task Area_DemoWard_GivesItsTablesInTheChaptersOrder()
    {
        var tables = await Tables(demo.Viewer.Client, "/api/area/ward/X05000001");

        Assert.Equal(
            ["ward_prevalence.csv", "ward_trend.csv", "ward_change.csv", "ward_benchmark.csv", "comparators.csv", "ward_hotspots.csv", "ward_profiles.csv", "ward_representation.csv", "ward_outcomes.csv"],
            tables.Select(t => t.GetProperty("file").GetString()));
        Assert.Equal("Expected victims in a year (Crime Survey for England and Wales)", tables[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Area_DemoWardTrend_IsItsRowsOfTheCsvInTheCatalogueColumns()
    {
        var trend = (await Tables(demo.Viewer.Client, "/api/area/ward/X05000002")).Single(t => t.GetProperty("file").GetString() == "ward_trend.csv");

        // The demo's ward_trend.csv read here by hand: its rows for the ward, in file order.
        var lines = File.ReadLines(Path.Combine(DemoOutputs.Folder, "ward_trend.csv")).Select(l => l.Split(',')).ToList();
        var header = lines[0].ToList();
        string[] shown = ["indicator", "period", "months", "count", "rate", "lower_95", "upper_95", "index"];
        var expected = lines.Skip(1).Where(f => f[header.IndexOf("area_code")] == "X05000002")
            .Select(f => shown.Select(c => f[header.IndexOf(c)]).ToArray()).ToList();
        Assert.Equal(shown, trend.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal("Index (baseline 100)", trend.GetProperty("columns")[7].GetProperty("heading").GetString());
        Assert.Equal(4, expected.Count);  // the one indicator with a trend: three years and the baseline
        Assert.Equal(expected, trend.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetString()!).ToArray()));
    }

    [Fact]
    public async Task Area_DemoWardProfile_KeepsAWithheldCountWithheld()
    {
        var profiles = (await Tables(demo.Viewer.Client, "/api/area/ward/X05000001")).Single(t => t.GetProperty("file").GetString() == "ward_profiles.csv");

        var rows = profiles.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetString()).ToArray()).ToList();
        Assert.Contains(["age_band", "55-59", "*", ""], rows);
    }

    [Fact]
    public async Task Area_DemoAuthority_GivesRefugeAndMaracFirst()
    {
        var tables = await Tables(demo.Viewer.Client, "/api/area/lad/X06000001");

        Assert.Equal(["refuge.csv", "marac.csv"], tables.Take(2).Select(t => t.GetProperty("file").GetString()));
        var refuge = tables[0];
        Assert.Equal(["population", "recommended", "provided", "difference", "shortfall_pct"], refuge.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(["173567", "17", "11", "-6", "35.2941176470588"], refuge.GetProperty("rows")[0].EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Area_CodeNoTableHolds_GivesNoTables()
    {
        Assert.Empty(await Tables(demo.Viewer.Client, "/api/area/ward/X05999999"));
    }

    [Fact]
    public async Task Area_LevelNotInTheFolder_Is404()
    {
        using var response = await demo.Viewer.Client.GetAsync("/api/area/msoa/X02000001");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("no level 'msoa' in this folder", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Area_TableThatCannotBeRead_IsLeftOutAndNamedWithItsLine()
    {
        var folder = OutputFixture.Folder(
            ("ward.geojson", OutputFixture.Layer(new Dictionary<string, object?> { ["population"] = 100 })),
            ("ward_prevalence.csv", "area_code,area_name,expected_all\nX00000001,Area 1,4.5\n"),
            ("ward_trend.csv", "indicator,area_code,period\nda,X00000001,2024,extra\n"));
        await using var viewer = await TestViewer.Start(folder);

        using var response = await viewer.Client.GetAsync("/api/area/ward/X00000001");
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(["ward_prevalence.csv"], answer.RootElement.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("file").GetString()));
        var problem = Assert.Single(answer.RootElement.GetProperty("problems").EnumerateArray()).GetString()!;
        Assert.StartsWith("ward_trend.csv:2", problem);
        Assert.Contains("the row has 4 fields where the header has 3", problem, StringComparison.Ordinal);
    }

    private static async Task<List<JsonElement>> Tables(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. answer.RootElement.GetProperty("tables").EnumerateArray().Select(t => t.Clone())];
    }
}
