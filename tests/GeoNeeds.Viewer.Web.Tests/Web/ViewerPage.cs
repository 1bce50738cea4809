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

    /// <summary>
    /// A viewport pixel well inside an area's path (every point 4 pixels around it is in its fill, off its outline)
    /// that no other element covers (nor the tooltip, which lets the mouse through, or its shadow), or null when there is none.
    /// </summary>
    public async Task<(int X, int Y)?> InnerPoint(string code)
    {
        var point = await Page.EvaluateAsync<int[]?>("""
            code => {
              const path = document.getElementById('area-' + code);
              const toScreen = path.getScreenCTM(), toPath = toScreen.inverse();
              const box = path.getBoundingClientRect();
              const tip = document.getElementById('tooltip').getBoundingClientRect();
              const inside = (x, y) => {
                const p = new DOMPoint(x, y).matrixTransform(toPath);
                const underTip = x >= tip.left - 20 && x <= tip.right + 20 && y >= tip.top - 20 && y <= tip.bottom + 20;
                return path.isPointInFill(p) && !path.isPointInStroke(p) && !underTip;
              };
              for (let i = 1; i < 30; i++) {
                for (let j = 1; j < 30; j++) {
                  const x = Math.round(box.left + box.width * i / 30), y = Math.round(box.top + box.height * j / 30);
                  const around = [[0, 0], [4, 0], [-4, 0], [0, 4], [0, -4], [3, 3], [-3, 3], [3, -3], [-3, -3]];
                  if (around.every(([dx, dy]) => inside(x + dx, y + dy) && document.elementFromPoint(x + dx, y + dy) === path)) {
                    return [x, y];
                  }
                }
              }
              return null;
            }
            """, code);
        return point is null ? null : (point[0], point[1]);
    }

    public Task Screenshot(string name) => Page.ScreenshotAsync(new() { Path = Path.Combine(ViewerBrowser.Screenshots, name) });
}
