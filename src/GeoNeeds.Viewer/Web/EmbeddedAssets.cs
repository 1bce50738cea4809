using System.Collections.Frozen;

namespace GeoNeeds.Viewer.Web;

/// <summary>
/// The page's own files (HTML, CSS, JavaScript modules) and the vendored libraries under <c>vendor/</c>, embedded
/// in this assembly from <c>Web/Assets/</c> so that an installed tool serves them without a folder beside it.
/// </summary>
internal sealed class EmbeddedAssets
{
    private const string Prefix = "GeoNeeds.Viewer.Web.Assets.";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    private readonly FrozenDictionary<string, (byte[] Content, string ContentType)> assets;

    public EmbeddedAssets()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        assets = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(name => name[Prefix.Length..], name => (Read(assembly, name), ContentTypes[Path.GetExtension(name)]), StringComparer.Ordinal);
    }

    /// <summary>The names served under <c>/assets/</c>, e.g. <c>app.js</c> or <c>vendor/maplibre-gl/maplibre-gl.mjs</c>.</summary>
    public IEnumerable<string> Names => assets.Keys;

    public bool TryGet(string name, out byte[] content, out string contentType)
    {
        var found = assets.TryGetValue(name, out var asset);
        (content, contentType) = found ? asset : ([], "");
        return found;
    }

    private static byte[] Read(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
