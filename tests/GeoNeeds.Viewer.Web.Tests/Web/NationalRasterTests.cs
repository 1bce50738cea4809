using GeoNeeds.Viewer.Web.Tiles;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>
/// The national LSOAs zoomed out, drawn from the server's raster tiles of the shown map layer (map.js,
/// <c>/raster/LEVEL/FIELD/Z/X/Y.png</c>): choosing another indicator draws that layer's tiles, and the area under the
/// pointer is found by the server (<c>/api/area-at</c>) with no vector tiles loaded. Skipped where chromium or the
/// national boundaries are absent.
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
    public async Task HoverAndClick_DenseLevelZoomedOut_FindTheAreaUnderThePointerWithoutVectorTiles()
    {
        Skip.If(viewer.Unavailable is not null, viewer.Unavailable);
        var page = await viewer.NewPage(1400, 850);
        await page.Page.GotoAsync(new Uri(viewer.Url, "/#level=lsoa").ToString());
        await page.Page.WaitForFunctionAsync(
            $"() => window.geoneedsMap?.settled() && document.getElementById('status').textContent.startsWith('{NationalLsoaOutputs.Areas}')", null, new() { PollingInterval = 50, Timeout = 300_000 });
        var canvas = (await page.Page.Locator("#map canvas.maplibregl-canvas").BoundingBoxAsync())!;
        // The middle of the view: the Midlands, where LSOAs are a few pixels across.
        var (x, y) = (canvas.Width / 2, canvas.Height / 2);

        await page.Page.Mouse.MoveAsync(canvas.X + x, canvas.Y + y);
        await page.Page.WaitForFunctionAsync("() => !document.getElementById('tooltip').hidden && geoneedsMap.outlined() !== null", null, new() { PollingInterval = 20 });
        // The hovered area's own polygons (from the layer, /api/outline) hold the place under the pointer.
        var covers = await page.Page.EvaluateAsync<bool>("""
            async ([x, y]) => {
              const { lng, lat } = geoneedsMap.map.unproject([x, y]);
              const shape = await (await fetch(`/api/outline/lsoa/${geoneedsMap.hovered}`)).json();
              const polygons = shape.type === 'MultiPolygon' ? shape.coordinates : [shape.coordinates];
              let inside = false;
              for (const ring of polygons.flat()) {
                for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                  const [xi, yi] = ring[i], [xj, yj] = ring[j];
                  if ((yi > lat) !== (yj > lat) && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) {
                    inside = !inside;
                  }
                }
              }
              return inside;
            }
            """, new double[] { x, y });
        var tooltip = await page.Page.Locator("#tooltip strong").InnerTextAsync();
        await page.Page.Mouse.ClickAsync(canvas.X + x, canvas.Y + y);
        await page.Page.WaitForFunctionAsync("() => document.getElementById('panel-title').textContent !== '' && !document.getElementById('panel-title').textContent.startsWith('All ')", null, new() { PollingInterval = 20 });
        var chosen = await page.Page.Locator("#panel-title").InnerTextAsync();
        await page.Page.Mouse.MoveAsync(canvas.X + canvas.Width + 50, canvas.Y + 50);
        await page.Page.WaitForFunctionAsync("() => document.getElementById('tooltip').hidden && geoneedsMap.hovered === null", null, new() { PollingInterval = 20 });
        // With no hover left, the outline canvas still holds the chosen area's outline.
        var outlinePixels = await page.Page.EvaluateAsync<int>("""
            () => {
              const canvas = document.querySelector('.hover-outline');
              const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              let drawn = 0;
              for (let i = 3; i < pixels.length; i += 4) {
                drawn += pixels[i] > 0 ? 1 : 0;
              }
              return drawn;
            }
            """);
        var vectorTiles = await page.Page.EvaluateAsync<int>("() => performance.getEntriesByType('resource').filter(e => e.name.includes('/tiles/lsoa/')).length");

        Assert.True(await page.Page.EvaluateAsync<double>("() => geoneedsMap.map.getZoom()") < LevelTiles.RasterMaxZoom + 1);
        Assert.True(covers, "the hovered area's polygons do not hold the place under the pointer");
        Assert.Equal(tooltip, chosen);
        Assert.True(outlinePixels > 10, $"the chosen area's outline is {outlinePixels} pixels");
        Assert.Equal(0, vectorTiles);
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
