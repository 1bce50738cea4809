using Microsoft.Playwright;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>One open viewer page and the errors it reported (script errors, blocked content, failed requests).</summary>
public sealed class ViewerPage
{
    private readonly List<string> errors = [];

    public ViewerPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors => errors;

    /// <summary>The fill of every area path, by area code.</summary>
    public async Task<Dictionary<string, string>> Fills() =>
        (await Page.Locator("#areas path.area").EvaluateAllAsync<string[][]>("paths => paths.map(p => [p.dataset.code, p.getAttribute('fill')])"))
        .ToDictionary(p => p[0], p => p[1]);

    /// <summary>The class of every area path (0, 1... or suppressed / missing), by area code.</summary>
    public async Task<Dictionary<string, string>> Classes() =>
        (await Page.Locator("#areas path.area").EvaluateAllAsync<string[][]>("paths => paths.map(p => [p.dataset.code, p.dataset.class])"))
        .ToDictionary(p => p[0], p => p[1]);

    /// <summary>The legend's rows as shown: label, swatch colour (a hatched swatch's line colour) and count, top to bottom.</summary>
    public async Task<List<(string Label, string Colour, int Count)>> Legend() =>
        [.. (await Page.Locator("#legend .legend-row").EvaluateAllAsync<string[][]>("""
            rows => rows.map(r => {
              const fill = r.querySelector('rect').getAttribute('fill');
              const colour = fill.startsWith('url(') ? r.querySelector('pattern line').getAttribute('stroke') : fill;
              return [r.querySelector('.legend-label').textContent, colour, r.querySelector('.legend-count').textContent];
            })
            """))
            .Select(r => (r[0], r[1], int.Parse(r[2], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture)))];

    public Task Screenshot(string name) => Page.ScreenshotAsync(new() { Path = Path.Combine(ViewerBrowser.Screenshots, name) });
}
