using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using SkiaSharp;
using static Microsoft.Playwright.Assertions;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>
/// The viewer page in headless chromium over the demo's outputs (12 wards, 100 LSOAs), its map drawn by MapLibre
/// from the viewer's vector tiles. Skipped, with the reason, only where /usr/bin/chromium is not installed; CI installs it.
/// </summary>
public class ViewerBrowserTests(ViewerBrowser browser) : IClassFixture<ViewerBrowser>
{
    private const string DaRate = "da_incidents_rate_per_1000";

    [SkippableFact]
    public async Task Page_WardLevel_DrawsEveryDemoWardFilled()
    {
        var page = await browser.Open("level=ward", areas: 12);

        var fills = await page.Fills();

        Assert.Equal(DemoWards().Keys.Order(), fills.Keys.Order());
        Assert.All(fills.Values, fill => Assert.Matches("^#[0-9a-f]{6}$", fill));
        // Twelve wards are drawn as polygons at every zoom; only a dense level is drawn from raster tiles zoomed out.
        Assert.False(await page.Page.EvaluateAsync<bool>("() => Boolean(geoneedsMap.map.getLayer('areas-raster'))"));
    }

    [SkippableFact]
    public async Task Page_LoadedAndUsed_ReportsNoErrors()
    {
        var page = await browser.Open("level=ward", areas: 12);

        await page.Hover("X05000001");
        await page.Click("X05000002");
        await page.Page.SelectOptionAsync("#indicator", "imd_mean");
        await Expect(page.Page.Locator("#panel-title")).ToHaveTextAsync(DemoWards()["X05000002"].GetProperty("area_name").GetString()!);

        Assert.Empty(page.Errors);
    }

    [SkippableFact]
    public async Task Hover_Ward_ShowsItsNameRateLimitsAndCount()
    {
        var ward = DemoWards()["X05000001"];
        var page = await browser.Open($"level=ward&indicator={DaRate}", areas: 12);

        await page.Hover("X05000001");

        // The page writes rates below 10 with two decimals (format.js); the numbers are the demo's own outputs.
        var tooltip = page.Page.Locator("#tooltip");
        await Expect(tooltip).ToBeVisibleAsync();
        await Expect(tooltip).ToContainTextAsync(ward.GetProperty("area_name").GetString()!);
        await Expect(tooltip).ToContainTextAsync($"{TwoDecimals(ward, DaRate)} per 1,000");
        await Expect(tooltip).ToContainTextAsync($"95% CI {TwoDecimals(ward, "da_incidents_lower_95")} – {TwoDecimals(ward, "da_incidents_upper_95")}");
        await Expect(tooltip).ToContainTextAsync($"count {ward.GetProperty("da_incidents_count").GetInt32()}");
    }

    [SkippableFact]
    public async Task Hover_Ward_OutlinesTheWholeWardOverTheMap()
    {
        var page = await browser.Open($"level=ward&indicator={DaRate}", areas: 12);
        var (x, y) = await page.InnerPoint("X05000001") ?? throw new InvalidOperationException("X05000001 is not on the map");

        // At once the ward's piece in the tile under the pointer is outlined, then the whole ward once it has arrived.
        var whole = page.Page.WaitForResponseAsync(response => response.Url.Contains("/api/outline/ward/", StringComparison.Ordinal));
        await page.Page.Mouse.MoveAsync(x, y);
        await whole;
        await page.Page.WaitForFunctionAsync("""
            () => geoneedsMap.hovered !== null && geoneedsMap.outlined() === geoneedsMap.hovered
              && new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))))
            """);

        // Ink on the outline canvas at each of the ward's vertices on screen (from its whole polygons), none at the pointer inside it.
        var ink = await page.Page.EvaluateAsync<int[]>("""
            async ([x, y]) => {
              const map = geoneedsMap.map, canvas = document.querySelector('.hover-outline'), ratio = canvas.width / canvas.clientWidth;
              const shape = await (await fetch(`/api/outline/ward/${geoneedsMap.hovered}`)).json();
              const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              const inked = (px, py) => pixels[(Math.round(py * ratio) * canvas.width + Math.round(px * ratio)) * 4 + 3] > 0;
              const box = canvas.getBoundingClientRect();
              const vertices = shape.coordinates.flat(shape.type === 'MultiPolygon' ? 2 : 1).map(c => map.project(c))
                .filter(p => p.x >= 0 && p.y >= 0 && p.x < canvas.clientWidth && p.y < canvas.clientHeight);
              return [vertices.length, vertices.filter(p => inked(p.x, p.y)).length, inked(x - box.left, y - box.top) ? 1 : 0];
            }
            """, new[] { x, y });

        Assert.True(ink[0] > 10, $"only {ink[0]} vertices on screen");
        Assert.Equal(ink[0], ink[1]);
        Assert.Equal(0, ink[2]);
        await page.Screenshot("viewer-ward-hover-outline.png");
    }

    [SkippableFact]
    public async Task SwitchIndicator_ToMeanDeprivation_RecoloursTheWards()
    {
        var page = await browser.Open($"level=ward&indicator={DaRate}", areas: 12);
        var before = await page.Fills();

        await page.Page.SelectOptionAsync("#indicator", "imd_mean");
        await Expect(page.Page.Locator("#legend")).ToContainTextAsync("most deprived");
        var after = await page.Fills();

        Assert.Contains(before.Keys, code => before[code] != after[code]);
        Assert.Contains("indicator=imd_mean", page.Page.Url);
    }

    [SkippableFact]
    public async Task SwitchIndicator_ToHotSpots_ColoursTheDemoHotSpotWardsInTheHighHighColour()
    {
        var hot = File.ReadLines(Path.Combine(DemoOutputs.Folder, "ward_hotspots.csv")).Select(l => l.Split(','))
            .Where(f => f[0] == "da_incidents" && f[^1] == "HH").Select(f => f[1]).ToList();
        var page = await browser.Open($"level=ward&indicator={DaRate}", areas: 12);

        await page.Page.SelectOptionAsync("#indicator", "da_incidents_hotspot");
        await Expect(page.Page.Locator("#legend")).ToContainTextAsync("High-high (hot spot)");
        var fills = await page.Fills();

        Assert.NotEmpty(hot);
        Assert.All(hot, code => Assert.Equal("#ff0000", fills[code]));   // GeoDa's HH red, as MapShading.ByCluster
        Assert.Equal(hot.Count, fills.Values.Count(f => f == "#ff0000"));
        await page.Hover(hot[0]);
        await Expect(page.Page.Locator("#tooltip")).ToContainTextAsync("High-high (hot spot)");
        await page.Screenshot("viewer-demo-hotspots.png");
        Assert.Empty(page.Errors);
    }

    [SkippableFact]
    public async Task Legend_ClassCounts_AreTheWardsDrawnInEachClass()
    {
        var page = await browser.Open($"level=ward&indicator={DaRate}", areas: 12);

        var classes = await page.Classes();
        var rows = await page.Page.Locator("#legend .legend-row").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.dataset.legend, r.querySelector('.legend-count').textContent])");

        var legend = rows.ToDictionary(r => r[0], r => int.Parse(r[1], CultureInfo.InvariantCulture));
        var drawn = classes.Values.GroupBy(c => char.IsDigit(c[0]) ? $"class-{c}" : c).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(drawn.OrderBy(d => d.Key), legend.OrderBy(l => l.Key));
        Assert.Equal(12, legend.Values.Sum());
    }

    [SkippableFact]
    public async Task Legend_WardRate_ShowsTheWardRateMapLegendRowsInOrder()
    {
        var page = await browser.Open($"level=ward&indicator={DaRate}", areas: 12);

        Assert.Equal(DemoMapLegends.WardRate("da_incidents"), await page.Legend());
        await Expect(page.Page.Locator("#legend .legend-caption")).ToHaveTextAsync("quantile, 5 classes");
    }

    [SkippableFact]
    public async Task Legend_WardMeanDecile_ShowsTheWardDecileMapLegendRowsInOrder()
    {
        var page = await browser.Open($"level=ward&indicator={DaRate}", areas: 12);

        await page.Page.SelectOptionAsync("#indicator", "imd_mean");
        await Expect(page.Page.Locator("#legend .legend-caption")).ToHaveTextAsync("mean of its LSOAs' deciles, nearest decile");

        Assert.Equal(DemoMapLegends.WardDeprivation(), await page.Legend());
    }

    [SkippableFact]
    public async Task Map_WardRate_FillsEachWardWithItsLegendRowColour()
    {
        var page = await browser.Open($"level=ward&indicator={DaRate}", areas: 12);

        var fills = await page.Fills();
        var classes = await page.Classes();

        var legend = await page.Legend();
        Assert.All(fills, fill => Assert.Equal(legend[int.Parse(classes[fill.Key], CultureInfo.InvariantCulture)].Colour, fill.Value));
    }

    [SkippableFact]
    public async Task ExportPng_WardChosen_DownloadsTheMapInItsLegendColoursWithTheChosenWardOutlined()
    {
        var page = await browser.Open($"level=ward&indicator={DaRate}", areas: 12);
        await page.Click("X05000002");
        var colours = await page.Page.EvaluateAsync<string[]>(
            $"async () => (await (await fetch('/api/classes/ward')).json()).layers.find(l => l.field === '{DaRate}').legend.map(row => row.colour)");
        var size = await page.Page.EvaluateAsync<int[]>("() => [geoneedsMap.map.getCanvas().width, geoneedsMap.map.getCanvas().height]");

        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.Page.ClickAsync("#export-png"));
        await download.SaveAsAsync(Path.Combine(ViewerBrowser.Screenshots, "viewer-export.png"));
        using var png = SKBitmap.Decode(await download.PathAsync());
        var pixels = png.Pixels.Select(p => $"#{p.Red:x2}{p.Green:x2}{p.Blue:x2}").ToList();

        Assert.Equal($"ward-{DaRate}.png", download.SuggestedFilename);
        Assert.Equal((size[0], size[1]), (png.Width, png.Height));
        Assert.True(pixels.Count(colours.Contains) > pixels.Count / 10, "the map's legend colours are missing from the picture");
        // The chosen ward's outline (#111111, 3 pixels wide) is in the picture.
        Assert.True(pixels.Count(p => p == "#111111") > 50, "the chosen ward's outline is missing from the picture");
    }

    [SkippableFact]
    public async Task Click_Ward_ShowsItsFiguresAndMarksItInTheChart()
    {
        var ward = DemoWards()["X05000002"];
        var page = await browser.Open($"level=ward&indicator={DaRate}", areas: 12);

        await page.Click("X05000002");

        var panel = page.Page.Locator("#panel");
        await Expect(panel.Locator("#panel-title")).ToHaveTextAsync(ward.GetProperty("area_name").GetString()!);
        await Expect(panel).ToContainTextAsync($"population {ward.GetProperty("population").GetInt32():N0}");
        await Expect(panel.Locator(".chart circle")).ToHaveCountAsync(12);
        await Expect(panel.Locator(".chart circle.chosen")).ToHaveAttributeAsync("data-code", "X05000002");
        Assert.Equal("X05000002", await page.Selected());
    }

    [SkippableFact]
    public async Task Click_Ward_ShowsItsRowsOfTheNeedsTablesWithWithheldCountsWithheld()
    {
        var page = await browser.Open($"level=ward&indicator={DaRate}", areas: 12);

        await page.Click("X05000001");

        var tables = page.Page.Locator("#area-tables .needs-table");
        await Expect(tables).ToHaveCountAsync(9);
        await Expect(tables.First.Locator("h2")).ToHaveTextAsync("Expected victims in a year (Crime Survey for England and Wales)");
        var trend = page.Page.Locator("#area-tables [data-file='ward_trend.csv']");
        await Expect(trend.Locator("tr.group")).ToHaveTextAsync("Violence, public order and criminal damage crimes");
        await Expect(trend.Locator("tbody tr:not(.group)")).ToHaveCountAsync(4);
        await Expect(trend.Locator("thead th")).ToHaveTextAsync(["Period", "Months", "Count", "Rate", "95% CI", "Index (baseline 100)"]);
        var profiles = page.Page.Locator("#area-tables [data-file='ward_profiles.csv']");
        await Expect(profiles.Locator("abbr")).ToHaveCountAsync(2);
        await Expect(profiles.Locator("abbr").First).ToHaveAttributeAsync("title", "count 1–4, suppressed to protect privacy");
    }

    [SkippableFact]
    public async Task Period_2023_RecoloursTheWardsByTheirRatesThatYearAndKeepsItInTheAddress()
    {
        const string police = "police_incidents_rate_per_1000";
        var page = await browser.Open($"level=ward&indicator={police}", areas: 12);
        await Expect(page.Page.Locator("#period-section")).ToBeVisibleAsync();
        await Expect(page.Page.Locator("#period option")).ToHaveTextAsync(["Whole study", "2023", "2024", "2025", "Baseline"]);

        await page.Page.SelectOptionAsync("#period", "2023");

        // The legend and each ward's fill are the period layer's own classes, as /api/classes serves them.
        using var classes = JsonDocument.Parse(await page.Page.EvaluateAsync<string>("async () => JSON.stringify(await (await fetch('/api/classes/ward')).json())"));
        var layer = classes.RootElement.GetProperty("layers").EnumerateArray().Single(l => l.GetProperty("field").GetString() == $"{police}@2023");
        var legend = layer.GetProperty("legend").EnumerateArray().Select(r => (r.GetProperty("label").GetString()!, r.GetProperty("colour").GetString()!, r.GetProperty("count").GetInt32())).ToList();
        await Expect(page.Page.Locator("#legend .legend-label").First).ToHaveTextAsync(legend[0].Item1);
        Assert.Equal(legend, await page.Legend());
        var fills = await page.Fills();
        Assert.All(layer.GetProperty("areas").EnumerateObject(), area => Assert.Equal(legend[area.Value.GetInt32()].Item2, fills[area.Name]));
        Assert.Contains("period=2023", page.Page.Url);
        await Expect(page.Page.Locator("#period-note")).ToContainTextAsync("Rates per year: annualised");

        await page.Click("X05000001");
        var row = page.Page.Locator("#panel .figures tr.current");
        await Expect(row).ToContainTextAsync("2023: Violence, public order and criminal damage crimes");
        await page.Screenshot("period-2023.png");
        await Expect(page.Page.Locator("#panel table.raw")).Not.ToContainTextAsync("@2023");  // the row is ward.csv's own
        var trend = File.ReadLines(Path.Combine(DemoOutputs.Folder, "ward_trend.csv")).Select(l => l.Split(',')).Single(f => f[1] == "X05000001" && f[3] == "2023");
        await Expect(row).ToContainTextAsync(int.Parse(trend[7], CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture));

        // Another level keeps the indicator and the period.
        await page.Page.Locator("#levels button[data-level='lsoa']").ClickAsync();
        await page.Settled(100);
        await Expect(page.Page.Locator("#indicator")).ToHaveValueAsync(police);
        await Expect(page.Page.Locator("#period")).ToHaveValueAsync("2023");
        Assert.Contains($"level=lsoa&indicator={police}&period=2023", page.Page.Url);
    }

    [SkippableFact]
    public async Task Period_IndicatorWithoutATrend_HidesThePeriodControl()
    {
        var page = await browser.Open($"level=ward&indicator={DaRate}", areas: 12);

        await Expect(page.Page.Locator("#period-section")).ToBeHiddenAsync();
        await Expect(page.Page.Locator("#indicator option")).ToHaveCountAsync(8);
    }

    [SkippableFact]
    public async Task Labels_LsoaLevelWithTooManyToName_NameTheAuthorityInsteadAndWardsNameThemselves()
    {
        var page = await browser.Open("level=lsoa", areas: 100);

        // A hundred LSOA names would cover the map: the outlined authority is named instead.
        await Expect(page.Page.Locator(".area-label.context-label")).ToHaveTextAsync(["Saltmere"]);
        await Expect(page.Page.Locator(".area-label:not(.context-label)")).ToHaveCountAsync(0);
        await page.Screenshot("labels-lsoa-authority.png");

        await page.Page.Locator("#levels button[data-level='ward']").ClickAsync();
        await page.Settled(12);
        await Expect(page.Page.Locator(".area-label:not(.context-label)")).ToHaveCountAsync(12);
        await Expect(page.Page.Locator(".area-label.context-label")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task Search_WardName_ChoosesThatWard()
    {
        var name = DemoWards()["X05000003"].GetProperty("area_name").GetString()!;
        var page = await browser.Open("level=ward", areas: 12);

        await page.Page.FillAsync("#search", name[..4]);
        await Expect(page.Page.Locator("#search-results li").First).ToContainTextAsync(name);
        await page.Page.PressAsync("#search", "Enter");

        await Expect(page.Page.Locator("#panel-title")).ToHaveTextAsync(name);
        Assert.Contains("area=X05000003", page.Page.Url);
    }

    [SkippableFact]
    public async Task Search_Postcode_ListsItFirstWithItsWardAndChoosesThatWard()
    {
        var row = File.ReadLines(Path.Combine(DemoOutputs.Data, "postcodes", "postcodes.csv")).Skip(1).Select(l => l.Split(',')).First();
        var (postcode, wardCode) = (row[0], row[4]);
        var wardName = DemoWards()[wardCode].GetProperty("area_name").GetString()!;
        var page = await browser.Open("level=ward", areas: 12);

        await page.Page.FillAsync("#search", postcode.ToLowerInvariant());
        var first = page.Page.Locator("#search-results li").First;
        await Expect(first).ToContainTextAsync(postcode);
        await Expect(first).ToContainTextAsync($"postcode in {wardName} (Ward)");
        await page.Screenshot("search-postcode.png");
        await page.Page.PressAsync("#search", "Enter");

        await Expect(page.Page.Locator("#panel-title")).ToHaveTextAsync(wardName);
        Assert.Contains($"area={wardCode}", page.Page.Url);
        await Expect(page.Page.Locator("#search")).ToHaveAttributeAsync("placeholder", "Find an area or a postcode");
    }

    [SkippableFact]
    public async Task Search_PostcodeNotInTheLookup_SaysSoAndChoosesNothing()
    {
        var page = await browser.Open("level=ward", areas: 12);

        await page.Page.FillAsync("#search", "ZZ9 9ZZ");
        var first = page.Page.Locator("#search-results li").First;
        await Expect(first).ToContainTextAsync("ZZ9 9ZZ is not in the study's postcode lookup");
        await Expect(first).ToHaveAttributeAsync("aria-disabled", "true");
        await page.Page.PressAsync("#search", "Enter");

        Assert.DoesNotContain("area=", page.Page.Url);
    }

    [SkippableFact]
    public async Task SwitchLevel_ToLsoa_DrawsEveryLsoa()
    {
        var page = await browser.Open("level=ward", areas: 12);

        await page.Page.ClickAsync("button[data-level=lsoa]");

        await page.Settled(100);
        await Expect(page.Page.Locator("#status")).ToHaveTextAsync("100 LSOAs");
        await Expect(page.Page.Locator("#panel-title")).ToHaveTextAsync("All 100 LSOAs");
        await page.Screenshot("viewer-demo-lsoa.png");
    }

    [SkippableFact]
    public async Task Screenshot_WardChosenAndHovered_ShowsEachOtherWardInItsFill()
    {
        var page = await browser.Open($"level=ward&indicator={DaRate}", areas: 12);
        await page.Click("X05000007");
        await page.Hover("X05000001");
        await Expect(page.Page.Locator("#tooltip")).ToBeVisibleAsync();

        await page.Screenshot("viewer-demo-ward.png");

        // The saved image, not the page, is checked: at a point well inside each ward that nothing covers, the
        // screenshot's pixel is the fill MapLibre gave that ward (exact: flat opaque fills, no anti-aliasing inside).
        using var image = SKBitmap.Decode(Path.Combine(ViewerBrowser.Screenshots, "viewer-demo-ward.png"));
        var fills = await page.Fills();
        var checkedWards = 0;
        foreach (var (code, fill) in fills.Where(f => f.Key is not "X05000001" and not "X05000007"))
        {
            if (await page.InnerPoint(code) is not { } point)
            {
                continue;
            }

            var pixel = image.GetPixel(point.X, point.Y);
            Assert.True(fill == $"#{pixel.Red:x2}{pixel.Green:x2}{pixel.Blue:x2}", $"{code} at {point}: screenshot {pixel}, page fill {fill}");
            checkedWards++;
        }

        Assert.True(checkedWards >= 8, $"only {checkedWards} of the 10 other wards had an uncovered inner point");
    }

    [SkippableFact]
    public async Task Page_PhoneWidth_ShowsTheMapFullWidthWithTheControlsAndPanelBelow()
    {
        var page = await browser.Open("level=ward", areas: 12, width: 390, height: 844);
        await page.Click("X05000003");

        var map = await page.Page.Locator("#map canvas.maplibregl-canvas").BoundingBoxAsync();
        var controls = await page.Page.Locator(".controls").BoundingBoxAsync();
        var panel = await page.Page.Locator("#panel").BoundingBoxAsync();
        await page.Screenshot("viewer-demo-phone.png");

        Assert.True(map!.Width >= 380, $"the map is {map.Width} px wide in a 390 px window");
        Assert.True(controls!.Y >= map.Y + map.Height - 1, "the controls are not below the map");
        Assert.True(panel!.Y >= controls.Y + controls.Height - 1, "the chosen area's panel is not below the controls");
        await Expect(page.Page.Locator("#panel-title")).ToHaveTextAsync(DemoWards()["X05000003"].GetProperty("area_name").GetString()!);
        Assert.Empty(page.Errors);
    }

    [SkippableFact]
    public async Task SwitchLevel_WhileHovering_LeavesNoTooltipOfTheOldLevel()
    {
        var page = await browser.Open("level=ward", areas: 12);
        await page.Hover("X05000001");
        await Expect(page.Page.Locator("#tooltip")).ToBeVisibleAsync();

        await page.Page.ClickAsync("button[data-level=lsoa]");
        await page.Settled(100);

        await Expect(page.Page.Locator("#tooltip")).ToBeHiddenAsync();
    }

    [SkippableFact]
    public async Task Search_LsoaNameFromTheWardLevel_SwitchesToTheLsoaLevelAndChoosesIt()
    {
        using var layer = JsonDocument.Parse(File.ReadAllText(Path.Combine(DemoOutputs.Folder, "lsoa.geojson")));
        var first = layer.RootElement.GetProperty("features")[0].GetProperty("properties");
        string[] lsoa = [first.GetProperty("area_code").GetString()!, first.GetProperty("area_name").GetString()!];
        var page = await browser.Open("level=ward", areas: 12);

        await page.Page.FillAsync("#search", lsoa[0]);
        await Expect(page.Page.Locator("#search-results li").First).ToContainTextAsync($"LSOA {lsoa[0]}");
        await page.Page.PressAsync("#search", "Enter");

        await Expect(page.Page.Locator("#panel-title")).ToHaveTextAsync(lsoa[1]);
        Assert.Contains("level=lsoa", page.Page.Url);
        Assert.Contains($"area={lsoa[0]}", page.Page.Url);
    }

    private static Dictionary<string, JsonElement> DemoWards()
    {
        using var layer = JsonDocument.Parse(File.ReadAllText(Path.Combine(DemoOutputs.Folder, "ward.geojson")));
        return layer.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").Clone())
            .ToDictionary(p => p.GetProperty("area_code").GetString()!);
    }

    private static string TwoDecimals(JsonElement ward, string field) =>
        ward.GetProperty(field).GetDouble().ToString("0.00", CultureInfo.InvariantCulture);
}
