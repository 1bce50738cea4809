using GeoNeeds.Viewer.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>
/// Debian's chromium, driven by Playwright for .NET (its bundled node driver; no browser download), against
/// the real viewer on Kestrel at a free loopback port serving the demo study's outputs. One browser and one
/// server for the whole test class; every test opens its own page.
/// </summary>
public sealed class ViewerBrowser : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Flags for this machine's closed network: no background fetches, no sandbox as root, no GPU.</summary>
    private static readonly string[] LaunchArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private WebApplication? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? Unavailable => File.Exists(Chromium)
        ? null
        : $"{Chromium} is not installed (apt package chromium; .ci/run installs it), so the browser tests are skipped.";

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The folder under the test output where the tests save their screenshots.</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (Unavailable is not null)
        {
            return;
        }

        server = ViewerServer.Create(new ViewerOptions(DemoOutputs.Folder, Port: 0));
        await server.StartAsync();
        Url = ViewerServer.Url(server);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = LaunchArgs });
    }

    /// <summary>A new page at <c>/#address</c>, once its map shows <paramref name="areas"/> areas.</summary>
    public async Task<ViewerPage> Open(string address, int areas)
    {
        Skip.If(Unavailable is not null, Unavailable);
        var page = await browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 850 } });
        var viewerPage = new ViewerPage(page);
        await page.GotoAsync(new Uri(Url, "/#" + address).ToString());
        await Assertions.Expect(page.Locator("#areas path.area")).ToHaveCountAsync(areas);
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
