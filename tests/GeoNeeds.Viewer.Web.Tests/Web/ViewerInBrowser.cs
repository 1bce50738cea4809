using GeoNeeds.Viewer.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>
/// <see cref="HeadlessChromium"/> against the real viewer on Kestrel at a free loopback port serving an output
/// folder. One browser and one server for a whole test class; every test opens its own page.
/// </summary>
public abstract class ViewerInBrowser : IAsyncLifetime
{
    private WebApplication? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Why these browser tests cannot run here, or null when they can.</summary>
    public abstract string? Unavailable { get; }

    /// <summary>The output folder served (made on first use).</summary>
    protected abstract string Folder { get; }

    public async Task InitializeAsync()
    {
        if (Unavailable is not null)
        {
            return;
        }

        server = ViewerServer.Create(new ViewerOptions(Folder, Port: 0));
        await server.StartAsync();
        Url = ViewerServer.Url(server);
        playwright = await Playwright.CreateAsync();
        browser = await HeadlessChromium.Launch(playwright);
    }

    /// <summary>A new page (its own context: nothing cached from another page) of the given size and screen pixel density, not yet opened.</summary>
    public async Task<ViewerPage> NewPage(int width, int height, float pixelRatio = 1)
    {
        Skip.If(Unavailable is not null, Unavailable);
        var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, DeviceScaleFactor = pixelRatio });
        return new ViewerPage(await context.NewPageAsync());
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
