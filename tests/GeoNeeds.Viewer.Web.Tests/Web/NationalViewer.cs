using GeoNeeds.Viewer.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>
/// The viewer on Kestrel serving <see cref="NationalLsoaOutputs"/>, and <see cref="HeadlessChromium"/>. The
/// viewer has made its zoomed-out tiles (as <c>geoneeds view</c> does when it starts) before any page is timed.
/// </summary>
public sealed class NationalViewer : IAsyncLifetime
{
    private WebApplication? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    public static string? Unavailable => HeadlessChromium.Unavailable ?? NationalLsoaOutputs.Unavailable;

    public async Task InitializeAsync()
    {
        if (Unavailable is not null)
        {
            return;
        }

        server = ViewerServer.Create(new ViewerOptions(NationalLsoaOutputs.Folder, Port: 0));
        await server.StartAsync();
        Url = ViewerServer.Url(server);
        playwright = await Playwright.CreateAsync();
        browser = await HeadlessChromium.Launch(playwright);
    }

    /// <summary>A new page (its own context: nothing cached from another page) of the given size, not yet opened.</summary>
    public async Task<ViewerPage> NewPage(int width, int height)
    {
        Skip.If(Unavailable is not null, Unavailable);
        var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
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
