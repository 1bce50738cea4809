using System.Net;
using System.Text.Json;
using GeoNeeds.Viewer.Web;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>
/// The level and layer the page opens on (<see cref="FirstView"/>), which the page (<c>/api/first-view</c>) and the
/// picture shown while its map starts (<c>/api/first-picture</c>) both take, so the picture is of the map that follows.
/// </summary>
public class FirstViewTests(DemoViewer demo) : IClassFixture<DemoViewer>
{
    private static readonly IndicatorEntry Rate = new("da_rate_per_1000", "DA per 1,000", "rate", 1000);
    private static readonly IndicatorEntry Decile = new("imd_decile", "IMD decile", "imd_decile");
    private static readonly IndicatorEntry Rate2024 = new("da_rate_per_1000@2024", "2024: DA per 1,000", "rate", 1000) { Of = "da_rate_per_1000", Period = "2024" };

    private static readonly IReadOnlyList<LevelEntry> Levels =
    [
        new("lsoa", "lsoa.geojson", "lsoa.csv", 100, [Rate, Decile]),
        new("msoa", "msoa.geojson", null, 20, [], "msoa.geojson:1: not JSON"),
        new("ward", "ward.geojson", "ward.csv", 12, [Rate, Decile, Rate2024]),
        new("lad", "lad.geojson", "lad.csv", 1, []),
    ];

    [Theory]
    [InlineData(null, null, null, "ward", "da_rate_per_1000", "da_rate_per_1000")]
    [InlineData("lsoa", "imd_decile", null, "lsoa", "imd_decile", "imd_decile")]
    [InlineData("ward", "da_rate_per_1000", "2024", "ward", "da_rate_per_1000", "da_rate_per_1000@2024")]
    [InlineData("ward", "da_rate_per_1000", "2019", "ward", "da_rate_per_1000", "da_rate_per_1000")]
    [InlineData("ward", "da_rate_per_1000@2024", null, "ward", "da_rate_per_1000", "da_rate_per_1000")]
    [InlineData("ward", "no_such_field", null, "ward", "da_rate_per_1000", "da_rate_per_1000")]
    [InlineData("msoa", null, null, "ward", "da_rate_per_1000", "da_rate_per_1000")]
    [InlineData("lad", null, null, "ward", "da_rate_per_1000", "da_rate_per_1000")]
    [InlineData("", null, null, "ward", "da_rate_per_1000", "da_rate_per_1000")]
    public void Of_Address_ChoosesTheLevelIndicatorAndPeriodLayerTheFolderCanShow(string? level, string? indicator, string? period, string shownLevel, string field, string layer)
    {
        var view = FirstView.Of(Levels, level, indicator, period)!;

        Assert.Equal((shownLevel, field, layer), (view.Level, view.Field, view.Layer));
    }

    [Fact]
    public void Of_NoLevelWithAnIndicator_IsNull()
    {
        Assert.Null(FirstView.Of([Levels[1], Levels[3]], "ward", null, null));
    }

    [Fact]
    public async Task FirstView_DemoWithoutAnAddress_IsTheWardLevelsFirstIndicator()
    {
        using var index = JsonDocument.Parse(await demo.Viewer.Client.GetStringAsync("/api/index"));
        var ward = index.RootElement.GetProperty("levels").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "ward");

        using var view = JsonDocument.Parse(await demo.Viewer.Client.GetStringAsync("/api/first-view"));

        Assert.Equal("ward", view.RootElement.GetProperty("level").GetString());
        Assert.Equal(ward.GetProperty("indicators")[0].GetProperty("field").GetString(), view.RootElement.GetProperty("layer").GetString());
    }

    [Fact]
    public async Task FirstPicture_DemoLevelsSmallEnoughToDrawAtOnce_IsNothing()
    {
        using var response = await demo.Viewer.Client.GetAsync("/api/first-picture?level=lsoa");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
