using System.Globalization;
using System.Net;
using System.Text.Json;
using GeoNeeds.Viewer.Web;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>
/// The period layers of a study with periods: one per period of each indicator in <c>&lt;level&gt;_trend.csv</c>, listed in
/// <c>/api/index</c>, classed in <c>/api/classes/LEVEL</c> and their figures at <c>/api/periods/LEVEL</c>, on the test server
/// over the demo's outputs (three years and a baseline for the police crimes) and a hand-made folder.
/// </summary>
public class PeriodLayersApiTests(DemoViewer demo) : IClassFixture<DemoViewer>
{
    private const string PoliceRate = "police_incidents_rate_per_1000";

    [Fact]
    public async Task Index_DemoWards_ListsALayerForEachPeriodOfTheIndicatorWithATrend()
    {
        using var index = JsonDocument.Parse(await demo.Viewer.Client.GetStringAsync("/api/index"));

        var ward = index.RootElement.GetProperty("levels")[1].GetProperty("indicators").EnumerateArray().Where(i => i.TryGetProperty("period", out _)).ToList();
        Assert.Equal(["2023", "2024", "2025", "baseline"], ward.Select(i => i.GetProperty("period").GetString()));
        Assert.All(ward, i => Assert.Equal(PoliceRate, i.GetProperty("of").GetString()));
        Assert.Equal($"{PoliceRate}@2024", ward[1].GetProperty("field").GetString());
        Assert.Equal("police_incidents_upper_95@2024", ward[1].GetProperty("upper95").GetString());
        Assert.Equal("2024: Violence, public order and criminal damage crimes per 1,000 residents", ward[1].GetProperty("label").GetString());
        Assert.StartsWith("Rates per year: annualised", index.RootElement.GetProperty("trendMethod").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Periods_DemoWards_AreTheTrendTablesRatesLimitsAndCounts()
    {
        using var periods = JsonDocument.Parse(await demo.Viewer.Client.GetStringAsync("/api/periods/ward"));

        // ward_trend.csv read here by hand: every ward's row of each period.
        var lines = File.ReadLines(Path.Combine(DemoOutputs.Folder, "ward_trend.csv")).Select(l => l.Split(',')).ToList();
        var at = lines[0].Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i);
        var rows = lines.Skip(1).Where(f => f[at["area_code"]] != "TOTAL").ToList();
        Assert.Equal(48, rows.Count);
        foreach (var row in rows)
        {
            var value = periods.RootElement.GetProperty($"{PoliceRate}@{row[at["period"]]}").GetProperty(row[at["area_code"]]);
            Assert.Equal(double.Parse(row[at["rate"]], CultureInfo.InvariantCulture), value.GetProperty("rate").GetDouble());
            Assert.Equal(double.Parse(row[at["lower_95"]], CultureInfo.InvariantCulture), value.GetProperty("lower95").GetDouble());
            Assert.Equal(double.Parse(row[at["upper_95"]], CultureInfo.InvariantCulture), value.GetProperty("upper95").GetDouble());
            Assert.Equal(int.Parse(row[at["count"]], CultureInfo.InvariantCulture), value.GetProperty("count").GetInt32());
        }
    }

    [Fact]
    public async Task Classes_DemoWardPeriod_PutTheHighestRateInTheTopRowAndTheLowestInTheBottom()
    {
        var classes = JsonSerializer.Deserialize<LevelClasses>(await demo.Viewer.Client.GetStringAsync("/api/classes/ward"), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        using var periods = JsonDocument.Parse(await demo.Viewer.Client.GetStringAsync("/api/periods/ward"));

        var layer = classes.Layers.Single(l => l.Field == $"{PoliceRate}@2025");
        var rates = periods.RootElement.GetProperty($"{PoliceRate}@2025").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("rate").GetDouble());
        Assert.Equal("quantile, 5 classes", layer.Method);
        Assert.Equal(12, layer.Areas.Count);
        Assert.Equal(12, layer.Legend.Sum(r => r.Count));
        Assert.Equal(0, layer.Areas[rates.MaxBy(r => r.Value).Key]);
        Assert.Equal(4, layer.Areas[rates.MinBy(r => r.Value).Key]);
        // The breaks are the period's own: its lowest rate opens the first class.
        Assert.Equal(rates.Values.Min(), layer.Breaks[0], 9);
    }

    [Fact]
    public async Task Periods_WithheldCount_IsSuppressedAndInTheLayersSuppressedRow()
    {
        var folder = OutputFixture.Folder(
            ("ward.geojson", OutputFixture.Layer(
                new Dictionary<string, object?> { ["da_count"] = 12, ["da_rate_per_1000"] = 6.0 },
                new Dictionary<string, object?> { ["da_count"] = 30, ["da_rate_per_1000"] = 9.0 })),
            ("ward_trend.csv", """
                indicator,area_code,area_name,period,first_month,last_month,months,count,denominator,person_time,rate,lower_95,upper_95,index
                da,X00000001,Area 1,2024,2024-01,2024-12,12,*,2000,2000,,,,
                da,X00000002,Area 2,2024,2024-01,2024-12,12,30,2000,2000,15,10.1,21.4,
                da,TOTAL,Total,2024,2024-01,2024-12,12,33,4000,4000,8.25,5.7,11.6,
                """));
        await using var viewer = await TestViewer.Start(folder);

        using var periods = JsonDocument.Parse(await viewer.Client.GetStringAsync("/api/periods/ward"));
        var classes = JsonSerializer.Deserialize<LevelClasses>(await viewer.Client.GetStringAsync("/api/classes/ward"), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        var withheld = periods.RootElement.GetProperty("da_rate_per_1000@2024").GetProperty("X00000001");
        Assert.True(withheld.GetProperty("suppressed").GetBoolean());
        Assert.False(withheld.TryGetProperty("rate", out _));
        Assert.False(periods.RootElement.GetProperty("da_rate_per_1000@2024").TryGetProperty("TOTAL", out _));
        var layer = classes.Layers.Single(l => l.Field == "da_rate_per_1000@2024");
        Assert.Equal("suppressed", layer.Legend[layer.Areas["X00000001"]].Kind);
        Assert.Equal("class", layer.Legend[layer.Areas["X00000002"]].Kind);
    }

    [Fact]
    public async Task Periods_LevelNotInTheFolder_Is404()
    {
        using var response = await demo.Viewer.Client.GetAsync("/api/periods/msoa");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
