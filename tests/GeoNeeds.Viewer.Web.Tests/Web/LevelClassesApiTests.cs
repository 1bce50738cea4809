using System.Net;
using System.Text.Json;
using GeoNeeds.Engine.Export;
using GeoNeeds.Engine.Io.Deprivation;
using GeoNeeds.Viewer.Maps;
using GeoNeeds.Viewer.Web;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>
/// <c>/api/classes/LEVEL</c>: the classes the page draws, as the static maps class them. The demo's folder has
/// no <c>*_classes.json</c> (written without graphics), so these also check the viewer makes them itself.
/// </summary>
public class LevelClassesApiTests(DemoViewer demo) : IClassFixture<DemoViewer>
{
    private const string DaRate = "da_incidents_rate_per_1000";

    [Fact]
    public async Task Classes_DemoWardRate_AreTheWardRateMapLegendRowsInOrder()
    {
        var layer = await Layer(demo.Viewer.Client, "ward", DaRate);

        Assert.Equal(DemoMapLegends.WardRate("da_incidents"), Rows(layer));
        Assert.Equal("quantile, 5 classes", layer.Method);
    }

    [Fact]
    public async Task Classes_DemoWardMeanDecile_AreTheWardDecileMapLegendRowsInOrder()
    {
        var layer = await Layer(demo.Viewer.Client, "ward", IndicatorColumnNames.DeprivationMean);

        Assert.Equal(DemoMapLegends.WardDeprivation(), Rows(layer));
        Assert.Equal("mean of its LSOAs' deciles, nearest decile", layer.Method);
    }

    [Fact]
    public async Task Classes_DemoWardDaRate_HaveTheQuintileBreaksOfTheTwelveWardRates()
    {
        var layer = await Layer(demo.Viewer.Client, "ward", DaRate);

        // Python's statistics.quantiles(rates, n=5, method="inclusive") (R's type 7) over the twelve
        // da_incidents_rate_per_1000 values of the demo's ward.csv, with their minimum and maximum; 5e-7 tolerance, as
        // the viewer classes the GeoJSON's values, which are rounded to the study's 6 decimals.
        double[] expected = [2.301319423135931, 2.914270223520267, 4.198417256236546, 6.327812382805545, 7.484796525079733, 9.385327164573695];
        Assert.Equal(expected.Length, layer.Breaks.Count);
        Assert.All(expected.Zip(layer.Breaks), pair => Assert.Equal(pair.First, pair.Second, 5e-7));
        Assert.Equal(["7.5 – 9.4", "6.3 – 7.5", "4.2 – 6.3", "2.9 – 4.2", "2.3 – 2.9"], layer.Legend.Select(r => r.Label));
    }

    [Fact]
    public async Task Classes_DemoWard_ListEveryWardOnceInEachLayer()
    {
        var classes = await Classes(demo.Viewer.Client, "ward");

        Assert.All(classes.Layers, layer => Assert.Equal(12, layer.Areas.Count));
        Assert.All(classes.Layers, layer => Assert.Equal(12, layer.Legend.Sum(r => r.Count)));
    }

    [Fact]
    public async Task Classes_WelshRun_NameTheWimdDecilesAsTheStaticMapsDo()
    {
        const string summary = """
            { "study": "Wales", "levels": [], "inputs": [], "indicators": [], "warnings": [], "stage_seconds": {}, "outputs": [], "attribution": [],
              "deprivation": { "abbreviation": "WIMD", "year": 2019, "name": "Welsh Index of Multiple Deprivation 2019", "nation": "Wales" } }
            """;
        var folder = OutputFixture.Folder(("lsoa.geojson", OutputFixture.Layer(new() { ["imd_decile"] = 3 }, new() { ["imd_decile"] = 8 })), ("run-summary.json", summary));
        await using var viewer = await TestViewer.Start(folder);

        var layer = await Layer(viewer.Client, "lsoa", IndicatorColumnNames.DeprivationDecile);

        Assert.Equal("WIMD 2019 deciles (Wales)", layer.Method);
        Assert.Equal(LayerShading.Deprivation(new Dictionary<string, double?>(), IndicatorColumnNames.DeprivationDecile, DeprivationIndex.Wimd2019).Method, layer.Method);
    }

    [Fact]
    public async Task Classes_MeanDecileOf1Point58_IsDecile2OnScreenAsOnTheMap()
    {
        var folder = OutputFixture.Folder(("ward.geojson", OutputFixture.Layer(new() { ["imd_mean"] = 1.58 }, new() { ["imd_mean"] = 9.2 })));
        await using var viewer = await TestViewer.Start(folder);

        var layer = await Layer(viewer.Client, "ward", IndicatorColumnNames.DeprivationMean);

        var paper = LayerShading.Deprivation(new Dictionary<string, double?> { ["X00000001"] = 1.58 }, IndicatorColumnNames.DeprivationMean);
        Assert.Equal(paper.Areas["X00000001"].ClassIndex, layer.Areas["X00000001"]);
        Assert.Equal("2", layer.Legend[layer.Areas["X00000001"]].Label);
    }

    [Fact]
    public async Task Classes_SuppressedRate_IsTheMapLegendsSuppressedRow()
    {
        await using var viewer = await TestViewer.Start(OutputFixture.WardFolder());

        var layer = await Layer(viewer.Client, "ward", DaRate);

        var row = layer.Legend[layer.Areas["X00000002"]];
        Assert.Equal(new LegendRow(MapLegend.SuppressedLabel, "#969696", 1, "suppressed"), row);
        Assert.Equal("class", layer.Legend[layer.Areas["X00000001"]].Kind);
    }

    [Fact]
    public async Task Classes_RateWithoutMethodColumn_IsSuppressedWhereItsCountIsEmptyAndMissingElsewhere()
    {
        var folder = OutputFixture.Folder(("ward.geojson", OutputFixture.Layer(
            new() { ["da_incidents_count"] = 12, [DaRate] = 6.0 },
            new() { ["da_incidents_count"] = null, [DaRate] = null },
            new() { ["da_incidents_count"] = 0, [DaRate] = null })));
        await using var viewer = await TestViewer.Start(folder);

        var layer = await Layer(viewer.Client, "ward", DaRate);

        Assert.Equal("suppressed", layer.Legend[layer.Areas["X00000002"]].Kind);
        Assert.Equal(new LegendRow(MapLegend.NoDataLabel, "#d9d9d9", 1, "missing"), layer.Legend[layer.Areas["X00000003"]]);
    }

    [Fact]
    public async Task Classes_FolderWithout_AreWrittenBesideTheLayerAsServed()
    {
        var folder = OutputFixture.WardFolder();
        await using var viewer = await TestViewer.Start(folder);

        var served = await viewer.Client.GetByteArrayAsync("/api/classes/ward");

        Assert.Equal(served, File.ReadAllBytes(Path.Combine(folder, "ward_classes.json")));
    }

    [Fact]
    public async Task Classes_FileOlderThanTheLayer_AreMadeAfresh()
    {
        var folder = OutputFixture.WardFolder();
        var file = Path.Combine(folder, "ward_classes.json");
        File.WriteAllText(file, """{"level":"ward","layers":[]}""");
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(Path.Combine(folder, "ward.geojson")).AddMinutes(-1));
        await using var viewer = await TestViewer.Start(folder);

        var classes = await Classes(viewer.Client, "ward");

        Assert.Equal([DaRate], classes.Layers.Select(l => l.Field));
    }

    [Fact]
    public async Task Classes_UnknownLevel_Is404()
    {
        using var response = await demo.Viewer.Client.GetAsync("/api/classes/county");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("no level 'county' to class in this folder", await response.Content.ReadAsStringAsync());
    }

    private static async Task<LevelClasses> Classes(HttpClient client, string level) =>
        JsonSerializer.Deserialize<LevelClasses>(await client.GetStringAsync($"/api/classes/{level}"), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    private static async Task<LayerClasses> Layer(HttpClient client, string level, string field) =>
        (await Classes(client, level)).Layers.Single(l => l.Field == field);

    private static List<(string Label, string Colour, int Count)> Rows(LayerClasses layer) =>
        [.. layer.Legend.Select(r => (r.Label, r.Colour, r.Count))];
}
