using Microsoft.AspNetCore.Builder;

namespace GeoNeeds.Viewer.Web;

/// <summary>
/// Response headers that keep the outputs on this machine's browser tab: the page runs only its own scripts
/// and fetches only from this server (and the basemap's, when one is asked for), cannot be framed, sends no
/// referrer, and nothing is cached on disk.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>The policy with the basemap's server allowed to send tiles, or <see cref="ContentSecurityPolicy"/> without one.</summary>
    public static string PolicyFor(Basemap? basemap) => basemap is null
        ? ContentSecurityPolicy
        : ContentSecurityPolicy
            .Replace("img-src 'self' data:", $"img-src 'self' data: {basemap.Origin}", StringComparison.Ordinal)
            .Replace("connect-src 'self'", $"connect-src 'self' {basemap.Origin}", StringComparison.Ordinal);

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, Basemap? basemap = null) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = PolicyFor(basemap);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.CacheControl = "no-store";
        return next(context);
    });
}
