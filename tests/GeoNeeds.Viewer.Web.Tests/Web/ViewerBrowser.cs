using GeoNeeds.Viewer.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>
/// <see cref="HeadlessChromium"/> against the real viewer on Kestrel at a free loopback port serving the demo
/// study's outputs. One browser and one server for the whole test class; every test opens its own page.
/// </summary>
public sealed class ViewerBrowser : IAsyncLifetime
{
    private WebApplication? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The folder under the test output where the tests save their screenshots.</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (HeadlessChromium.Unavailable is not null)
        {
            return;
        }

        server = ViewerServer.Create(new ViewerOptions(DemoOutputs.Folder, Port: 0));
        await server.StartAsync();
        Url = ViewerServer.Url(server);
        playwright = await Playwright.CreateAsync();
        browser = await HeadlessChromium.Launch(playwright);
    }

    /// <summary>A new page at <c>/#address</c>, once its map shows <paramref name="areas"/> areas.</summary>
    public async Task<ViewerPage> Open(string address, int areas, int width = 1400, int height = 850)
    {
        Skip.If(HeadlessChromium.Unavailable is not null, HeadlessChromium.Unavailable);
        var page = await browser!.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var viewerPage = new ViewerPage(page);
        await page.GotoAsync(new Uri(Url, "/#" + address).ToString());
        await viewerPage.Settled(areas);
        await Assertions.Expect(page.Locator("#legend .legend-row").First).ToBeVisibleAsync();
        return viewerPage;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
