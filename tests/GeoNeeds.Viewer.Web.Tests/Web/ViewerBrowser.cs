namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>The viewer of the demo study's outputs in <see cref="HeadlessChromium"/>.</summary>
public sealed class ViewerBrowser : ViewerInBrowser
{
    /// <summary>The folder under the test output where the tests save their screenshots.</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public override string? Unavailable => HeadlessChromium.Unavailable;

    protected override string Folder => DemoOutputs.Folder;

    /// <summary>A new page at <c>/#address</c>, once its map shows <paramref name="areas"/> areas.</summary>
    public async Task<ViewerPage> Open(string address, int areas, int width = 1400, int height = 850)
    {
        var page = await NewPage(width, height);
        await page.Page.GotoAsync(new Uri(Url, "/#" + address).ToString());
        await page.Settled(areas);
        await Microsoft.Playwright.Assertions.Expect(page.Page.Locator("#legend .legend-row").First).ToBeVisibleAsync();
        return page;
    }
}
