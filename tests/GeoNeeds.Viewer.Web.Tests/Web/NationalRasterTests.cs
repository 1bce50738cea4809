namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>
/// The national LSOAs zoomed out, drawn from the server's raster tiles of the shown map layer (map.js,
/// <c>/raster/LEVEL/FIELD/Z/X/Y.png</c>): choosing another indicator draws that layer's tiles. Skipped where
/// chromium or the national boundaries are absent.
/// </summary>
[Collection(nameof(NationalViewerTimingTests))]
public class NationalRasterTests(NationalViewer viewer) : IClassFixture<NationalViewer>
{
    [SkippableFact]
    public async Task SwitchIndicator_DenseLevelZoomedOut_DrawsTheNewLayersRasterTiles()
    {
        Skip.If(viewer.Unavailable is not null, viewer.Unavailable);
        var page = await viewer.NewPage(1400, 850);
        await page.Page.GotoAsync(new Uri(viewer.Url, "/#level=lsoa&indicator=da_incidents_rate_per_1000").ToString());
        await page.Page.WaitForFunctionAsync("() => window.geoneedsMap?.settled()", null, new() { PollingInterval = 50, Timeout = 300_000 });

        await page.Page.Locator("#indicator").SelectOptionAsync("imd_decile");
        await page.Page.WaitForFunctionAsync(
            "() => geoneedsMap.settled() && performance.getEntriesByType('resource').some(e => e.name.includes('/raster/lsoa/imd_decile/'))",
            null, new() { PollingInterval = 50, Timeout = 120_000 });
        var drawn = await page.Page.EvaluateAsync<string[]>("() => geoneedsMap.map.getSource('raster').tiles");
        var legend = await page.Page.Locator("#legend").InnerTextAsync();
        await page.Screenshot("viewer-national-imd-decile.png");

        Assert.Single(drawn);
        Assert.Contains("/raster/lsoa/imd_decile/{z}/{x}/{y}.png", drawn[0]);
        Assert.Contains("Most deprived", legend, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(page.Errors);
    }

    [SkippableFact]
    public async Task HighDensityScreen_DenseLevelZoomedOut_DrawsRasterTilesOfTwiceThePixels()
    {
        Skip.If(viewer.Unavailable is not null, viewer.Unavailable);
        var page = await viewer.NewPage(700, 500, pixelRatio: 2);
        await page.Page.GotoAsync(new Uri(viewer.Url, "/#level=lsoa").ToString());
        await page.Page.WaitForFunctionAsync("() => window.geoneedsMap?.settled()", null, new() { PollingInterval = 50, Timeout = 300_000 });

        var drawn = await page.Page.EvaluateAsync<string[]>("() => geoneedsMap.map.getSource('raster').tiles");
        var fetched = await page.Page.EvaluateAsync<int>(
            "() => performance.getEntriesByType('resource').filter(e => e.name.includes('/raster/lsoa/') && e.name.endsWith('.png?scale=2')).length");
        await page.Screenshot("viewer-national-high-density.png");

        Assert.EndsWith("/raster/lsoa/da_incidents_rate_per_1000/{z}/{x}/{y}.png?scale=2", drawn.Single());
        Assert.True(fetched > 0, "no raster tile of twice the pixels fetched");
        Assert.Empty(page.Errors);
    }
}
