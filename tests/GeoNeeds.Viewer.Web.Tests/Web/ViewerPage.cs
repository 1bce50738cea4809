using Microsoft.Playwright;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>
/// One open viewer page and the errors it reported (script errors, blocked content, failed requests). The map is
/// WebGL, so what it draws is asked of the page's map (<c>window.geoneedsMap</c>: MapLibre's rendered features
/// with their evaluated fill colours) and checked in screenshots.
/// </summary>
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

    /// <summary>Waits until the map has drawn all its tiles, is at rest and shows <paramref name="areas"/> areas.</summary>
    public async Task Settled(int areas)
    {
        await Page.WaitForFunctionAsync(
            "n => window.geoneedsMap?.settled() && window.geoneedsMap.renderedAreas().length === n",
            areas,
            new() { PollingInterval = 50, Timeout = 30_000 });
    }

    /// <summary>Waits until the map has drawn its last change (a new colouring is drawn on the next frame).</summary>
    public Task AtRest() => Page.WaitForFunctionAsync("() => geoneedsMap.settled()", null, new() { PollingInterval = 50 });

    /// <summary>The fill MapLibre draws each area in (#rrggbb), by area code, once the last change is drawn.</summary>
    public async Task<Dictionary<string, string>> Fills()
    {
        await AtRest();
        return (await Page.EvaluateAsync<string[][]>("() => geoneedsMap.renderedAreas().map(a => [a.properties.area_code, a.fill])"))
            .ToDictionary(p => p[0], p => p[1]);
    }

    /// <summary>The legend row each area is drawn in (0, 1... or suppressed / missing) for the indicator shown, by area code.</summary>
    public async Task<Dictionary<string, string>> Classes()
    {
        await AtRest();
        return (await Page.EvaluateAsync<string[][]>("""
            () => {
              const field = document.getElementById('indicator').value;
              const kinds = [...document.querySelectorAll('#legend .legend-row')].map(r => r.dataset.legend);
              return geoneedsMap.renderedAreas().map(a => {
                const row = a.properties['class:' + field];
                const kind = row === undefined ? 'missing' : kinds[row];
                return [a.properties.area_code, kind.startsWith('class-') ? kind.slice(6) : kind];
              });
            }
            """))
            .ToDictionary(p => p[0], p => p[1]);
    }

    /// <summary>The area code of the area the map marks as chosen, or null.</summary>
    public Task<string?> Selected() => Page.EvaluateAsync<string?>(
        "() => geoneedsMap.renderedAreas().find(a => a.id === geoneedsMap.selected)?.properties.area_code ?? null");

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
    /// A viewport pixel well inside an area (the map draws that area on top there and 4 pixels around it, away
    /// from its outline) that no other element covers (nor the tooltip or its shadow), or null when there is none.
    /// </summary>
    public async Task<(int X, int Y)?> InnerPoint(string code)
    {
        var point = await Page.EvaluateAsync<int[]?>("""
            code => {
              const map = geoneedsMap;
              const area = map.renderedAreas().find(a => a.properties.area_code === code);
              if (!area) return null;
              const canvas = map.map.getCanvas(), box = canvas.getBoundingClientRect();
              const tip = document.getElementById('tooltip').getBoundingClientRect();
              // Only the area's own box on screen is searched.
              // A feature across tiles comes in one piece per tile, so the box is that of every piece.
              const pieces = map.map.queryRenderedFeatures({ layers: ['areas-fill'] }).filter(f => f.id === area.id);
              const corners = pieces.flatMap(f => f.geometry.coordinates.flat(3)).reduce((all, v, i, flat) => (i % 2 ? all : [...all, map.map.project([v, flat[i + 1]])]), []);
              const left = Math.max(12, Math.min(...corners.map(p => p.x))), right = Math.min(box.width - 12, Math.max(...corners.map(p => p.x)));
              const top = Math.max(12, Math.min(...corners.map(p => p.y))), bottom = Math.min(box.height - 12, Math.max(...corners.map(p => p.y)));
              const around = [[0, 0], [4, 0], [-4, 0], [0, 4], [0, -4], [3, 3], [-3, 3], [3, -3], [-3, -3], [6, 0], [-6, 0], [0, 6], [0, -6]];
              const inside = (x, y) => map.areaAt(x, y) === area.id
                && document.elementFromPoint(box.left + x, box.top + y) === canvas
                && !(box.left + x >= tip.left - 20 && box.left + x <= tip.right + 20 && box.top + y >= tip.top - 20 && box.top + y <= tip.bottom + 20);
              for (let y = top; y < bottom; y += 5) {
                for (let x = left; x < right; x += 5) {
                  if (around.every(([dx, dy]) => inside(x + dx, y + dy))) {
                    return [Math.round(box.left + x), Math.round(box.top + y)];
                  }
                }
              }
              return null;
            }
            """, code);
        return point is null ? null : (point[0], point[1]);
    }

    /// <summary>Moves the mouse onto the area's <see cref="InnerPoint"/>.</summary>
    public async Task Hover(string code)
    {
        var (x, y) = await InnerPoint(code) ?? throw new InvalidOperationException($"{code} has no uncovered point on the map");
        await Page.Mouse.MoveAsync(x, y);
    }

    /// <summary>Clicks the area at its <see cref="InnerPoint"/>.</summary>
    public async Task Click(string code)
    {
        var (x, y) = await InnerPoint(code) ?? throw new InvalidOperationException($"{code} has no uncovered point on the map");
        await Page.Mouse.ClickAsync(x, y);
    }

    public Task Screenshot(string name) => Page.ScreenshotAsync(new() { Path = Path.Combine(ViewerBrowser.Screenshots, name) });
}
