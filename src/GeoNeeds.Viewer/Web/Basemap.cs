namespace GeoNeeds.Viewer.Web;

/// <summary>
/// An online raster basemap drawn under the areas, off unless asked for (<c>geoneeds view --basemap URL</c>):
/// the page then fetches its tiles from that server, which learns which places are viewed, so it is never a default.
/// </summary>
/// <param name="Url">An XYZ tile template, e.g. <c>https://tile.openstreetmap.org/{z}/{x}/{y}.png</c>.</param>
/// <param name="Attribution">The credit the tiles' licence requires, shown on the map.</param>
public sealed record Basemap(string Url, string Attribution)
{
    /// <summary>The basemap at <paramref name="url"/>, credited with <paramref name="attribution"/> or, when none is given, its server's name.</summary>
    /// <exception cref="ArgumentException">The URL is not an http(s) tile template with {z}, {x} and {y}.</exception>
    public static Basemap Parse(string url, string? attribution = null)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            || !url.Contains("{z}", StringComparison.Ordinal) || !url.Contains("{x}", StringComparison.Ordinal) || !url.Contains("{y}", StringComparison.Ordinal))
        {
            throw new ArgumentException($"--basemap {url} is not a tile address: give an http(s) URL with {{z}}, {{x}} and {{y}}, e.g. https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png");
        }

        var credit = attribution ?? (uri.Host.EndsWith("openstreetmap.org", StringComparison.OrdinalIgnoreCase)
            ? "© OpenStreetMap contributors"
            : $"Basemap: {uri.Host}");
        return new Basemap(url, credit);
    }

    /// <summary>The server the page may fetch tiles from (<c>https://tile.openstreetmap.org</c>), for the content security policy.</summary>
    public string Origin => new Uri(Url.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal)).GetLeftPart(UriPartial.Authority);
}
