using SkiaSharp;
using Xunit.Abstractions;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>
/// The picture a large level is first shown as (picture.js, <c>/api/picture</c>) against the map that replaces it,
/// on the national LSOAs: it must lie where the map frames the level and show the same colours, or the switch
/// from one to the other would jump. Skipped where chromium or the national boundaries are absent.
/// </summary>
[Collection(nameof(NationalViewerTimingTests))]
public class NationalFirstPictureTests(NationalViewer viewer, ITestOutputHelper output) : IClassFixture<NationalViewer>
{
    [SkippableFact]
    public async Task NationalLsoas_FirstPicture_LiesWhereTheMapDrawsTheLevelInItsColours()
    {
        Skip.If(viewer.Unavailable is not null, viewer.Unavailable);
        var page = await viewer.NewPage(1400, 850);

        // The tiles (zoomed out, the raster ones) are held back until the picture has been photographed, so the map cannot replace it before.
        var photographed = new TaskCompletionSource();
        await page.Page.RouteAsync(url => url.Contains("/tiles/", StringComparison.Ordinal) || url.Contains("/raster/", StringComparison.Ordinal), async route =>
        {
            await photographed.Task;
            await route.ContinueAsync();
        });
        await page.Page.GotoAsync(new Uri(viewer.Url, "/#level=lsoa").ToString());
        await page.Page.WaitForFunctionAsync("() => document.querySelector('.map-picture')?.naturalWidth > 0", null, new() { PollingInterval = 20, Timeout = 120_000 });
        // Where the picture is drawn inside its element (scaled to fit, centred): x, y, width, height in the page.
        var drawnAt = await page.Page.EvaluateAsync<double[]>("""
            () => {
              const picture = document.querySelector('.map-picture'), box = picture.getBoundingClientRect();
              const scale = Math.min(box.width / picture.naturalWidth, box.height / picture.naturalHeight);
              const [width, height] = [picture.naturalWidth * scale, picture.naturalHeight * scale];
              return [box.left + (box.width - width) / 2, box.top + (box.height - height) / 2, width, height];
            }
            """);
        var shown = new { X = drawnAt[0], Y = drawnAt[1], Width = drawnAt[2], Height = drawnAt[3] };
        var pane = (await page.Page.Locator(".map-pane").BoundingBoxAsync())!;
        using var before = SKBitmap.Decode(await page.Page.ScreenshotAsync(new() { Clip = new() { X = pane.X, Y = pane.Y, Width = pane.Width, Height = pane.Height } }));
        photographed.SetResult();
        await page.Page.WaitForFunctionAsync("() => window.geoneedsMap?.settled() && !document.querySelector('.map-picture')", null, new() { PollingInterval = 50, Timeout = 120_000 });
        using var after = SKBitmap.Decode(await page.Page.ScreenshotAsync(new() { Clip = new() { X = pane.X, Y = pane.Y, Width = pane.Width, Height = pane.Height } }));
        await page.Screenshot("viewer-national-after-picture.png");
        File.WriteAllBytes(Path.Combine(ViewerBrowser.Screenshots, "viewer-national-picture.png"), SKImage.FromBitmap(before).Encode(SKEncodedImageFormat.Png, 100).ToArray());

        // Where the map puts the level's north-west and south-east corners, in the page.
        var corners = await page.Page.EvaluateAsync<double[]>("""
            async () => {
              const [west, south, east, north] = await (await fetch('/api/bounds/lsoa')).json();
              const box = geoneedsMap.map.getContainer().getBoundingClientRect();
              const [a, b] = [geoneedsMap.map.project([west, north]), geoneedsMap.map.project([east, south])];
              return [box.left + a.x, box.top + a.y, box.left + b.x, box.top + b.y];
            }
            """);
        Assert.Equal(corners[0], shown.X, 1.0);
        Assert.Equal(corners[1], shown.Y, 1.0);
        Assert.Equal(corners[2], shown.X + shown.Width, 1.0);
        Assert.Equal(corners[3], shown.Y + shown.Height, 1.0);

        // Pixel by pixel over the level's box, the picture's colour against the drawn map's. Zoomed out a screen pixel
        // holds several LSOAs, and the picture and the tiles may pick different ones, so most, not all, agree.
        var (same, compared) = (0, 0);
        for (var y = (int)(shown.Y - pane.Y); y < (int)(shown.Y - pane.Y + shown.Height); y += 2)
        {
            for (var x = (int)(shown.X - pane.X); x < (int)(shown.X - pane.X + shown.Width); x += 2)
            {
                var (p, m) = (before.GetPixel(x, y), after.GetPixel(x, y));
                compared++;
                same += Math.Abs(p.Red - m.Red) + Math.Abs(p.Green - m.Green) + Math.Abs(p.Blue - m.Blue) <= 24 ? 1 : 0;
            }
        }

        // Zoomed out, the dense level is drawn from the server's raster tiles of the layer.
        var rasters = await page.Page.EvaluateAsync<int>(
            "() => geoneedsMap.map.getLayer('areas-raster') ? performance.getEntriesByType('resource').filter(e => e.name.includes('/raster/lsoa/')).length : -1");
        Assert.True(rasters > 0, $"{rasters} raster tiles drawn");

        output.WriteLine($"picture at ({shown.X:F1}, {shown.Y:F1})–({shown.X + shown.Width:F1}, {shown.Y + shown.Height:F1}); map corners ({corners[0]:F1}, {corners[1]:F1})–({corners[2]:F1}, {corners[3]:F1})");
        output.WriteLine($"{same:N0} of {compared:N0} pixels of the level's box the same colour in the picture and the drawn map ({100.0 * same / compared:F1}%)");
        Assert.True(same > compared * 0.8, $"only {same} of {compared} pixels agree");
        Assert.Empty(page.Errors);
    }
}
