using Microsoft.Playwright;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>
/// Debian's chromium, driven by Playwright for .NET (its bundled node driver; no browser download), with the
/// flags this machine needs: a closed network, no sandbox as root, and WebGL for MapLibre drawn in software
/// (SwiftShader through ANGLE, which headless chromium no longer falls back to unasked). The page itself is
/// rasterised and composited on the CPU, as chromium does on a machine without a usable GPU: forced onto SwiftShader
/// too, each new piece of text (a tooltip's first showing) took a fifth of a second to draw, and each map frame a
/// quarter longer.
/// </summary>
internal static class HeadlessChromium
{
    public const string Path = "/usr/bin/chromium";

    private static readonly string[] LaunchArgs =
    [
        "--headless", "--no-sandbox", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist", "--disable-gpu-rasterization",
        "--disable-gpu-compositing",
    ];

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? Unavailable => File.Exists(Path)
        ? null
        : $"{Path} is not installed (apt package chromium; .ci/run installs it), so the browser tests are skipped.";

    public static Task<IBrowser> Launch(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new() { ExecutablePath = Path, Headless = true, Args = LaunchArgs });
}
