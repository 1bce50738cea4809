using GeoNeeds.Report.Printing;
using Microsoft.Playwright;

namespace GeoNeeds.Report.Tests;

/// <summary>
/// The demo's report in Debian's chromium, driven by Playwright for .NET (no browser download): every chapter and
/// figure laid out within the page on screen, and on paper each chapter starting an A4 page. Screenshots of each
/// chapter and of the printed first page are saved under the test output's <c>screenshots/</c> to look at.
/// </summary>
public sealed class ReportBrowserTests : IAsyncLifetime
{
    private const int Width = 1200;

    /// <summary>An A4 page's width in CSS pixels (210 mm at 96 per inch).</summary>
    private const int PrintWidth = 794;

    private static readonly string[] LaunchArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"];

    private static readonly string? Chromium = ChromiumPdf.Find();

    private IPlaywright? playwright;
    private IBrowser? browser;

    private static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    private static string? Unavailable => Chromium is null ? "Chromium is not installed (apt package chromium), so the report's browser tests are skipped." : null;

    public async Task InitializeAsync()
    {
        if (Chromium is null)
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = LaunchArgs });
    }

    [SkippableFact]
    public async Task EveryChapterAndFigure_IsLaidOutWithinThePage()
    {
        var page = await Open();

        var chapters = await page.Locator("section.chapter").AllAsync();
        Assert.Equal(15, chapters.Count);
        foreach (var chapter in chapters)
        {
            var id = await chapter.GetAttributeAsync("id");
            await chapter.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"report-{id}.png") });
            var box = await chapter.BoundingBoxAsync();
            Assert.True(box is { Width: > 300 } && box.X + box.Width <= Width, $"chapter {id} spans {box?.X}..{box?.X + box?.Width}");
        }

        foreach (var figure in await page.Locator("figure svg").AllAsync())
        {
            var box = await figure.BoundingBoxAsync();
            Assert.True(box is { Width: > 400, Height: > 150 } && box.X + box.Width <= Width, $"a figure is {box?.Width} × {box?.Height} at {box?.X}");
        }
    }

    [SkippableFact]
    public async Task Printed_EachChapterStartsAnA4PageAndFitsItsWidth()
    {
        var page = await Open();
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var breaks = await page.EvalOnSelectorAllAsync<string[]>("section.chapter", "sections => sections.map(s => getComputedStyle(s).breakBefore)");
        await page.SetViewportSizeAsync(PrintWidth, 1123);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "report-print-first-page.png") });
        foreach (var chapter in await page.Locator("section.chapter").AllAsync())
        {
            await chapter.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"report-print-{await chapter.GetAttributeAsync("id")}.png") });
            var box = await chapter.BoundingBoxAsync();
            Assert.True(box is { Width: > 300 } && box.X + box.Width <= PrintWidth, $"printed chapter spans {box?.X}..{box?.X + box?.Width}");
        }

        var pdf = await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true });

        Assert.All(breaks, value => Assert.Equal("page", value));
        var pages = System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]");
        Assert.True(pages > breaks.Length, $"{pages} pages for {breaks.Length} chapters");
    }

    [SkippableFact]
    public void ChromiumPdf_PrintsTheReportToAPdfFile()
    {
        Skip.If(Unavailable is not null, Unavailable);
        var html = Path.Combine(TestFiles.NewFolder(), ReportDocument.FileName);
        File.WriteAllText(html, DemoStudyOutput.Report);
        var pdf = Path.ChangeExtension(html, ".pdf");

        ChromiumPdf.Print(Chromium!, html, pdf);

        Assert.StartsWith("%PDF-", File.ReadAllText(pdf)[..8], StringComparison.Ordinal);
    }

    private async Task<IPage> Open()
    {
        Skip.If(Unavailable is not null, Unavailable);
        var html = Path.Combine(TestFiles.NewFolder(), ReportDocument.FileName);
        await File.WriteAllTextAsync(html, DemoStudyOutput.Report);
        var page = await browser!.NewPageAsync(new() { ViewportSize = new() { Width = Width, Height = 900 } });
        await page.GotoAsync(new Uri(html).AbsoluteUri);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
