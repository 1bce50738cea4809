using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GeoNeeds.Viewer.Web;

/// <summary>The viewer is read-only: GET and HEAD are answered, every other method gets 405 with an <c>Allow</c> header.</summary>
internal static class ReadOnlyMethods
{
    public const string Allowed = "GET, HEAD";

    public static IApplicationBuilder UseReadOnlyMethods(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = Allowed;
        await context.Response.WriteAsync($"{context.Request.Method} is not allowed: the viewer is read-only ({Allowed}).");
    });
}
