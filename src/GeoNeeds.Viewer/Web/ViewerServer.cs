using System.Net;
using System.Net.Sockets;
using GeoNeeds.Engine.Io;
using GeoNeeds.Viewer.Web.Postcodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GeoNeeds.Viewer.Web;

/// <summary>
/// The interactive viewer of an output folder: an ASP.NET Core minimal API on Kestrel, bound to a loopback
/// address, read-only, serving only the folder's GeoJSON, CSV and JSON files and the page's own assets. The
/// one file it may write is a level's missing or outdated <c>&lt;level&gt;_classes.json</c> (<see cref="LevelClassesReader"/>).
/// </summary>
public static class ViewerServer
{
    /// <summary>The names a request's Host header may carry besides the bound address; others get 400, which stops DNS rebinding.</summary>
    internal static readonly string[] AllowedHosts = ["127.0.0.1", "localhost", "[::1]"];

    /// <summary>A viewer of <see cref="ViewerOptions.Folder"/> on Kestrel; start it with <c>StartAsync</c>.</summary>
    /// <exception cref="ArgumentException">The host is not a loopback address.</exception>
    /// <exception cref="InputDataException">The folder is missing or holds no GeoJSON layer.</exception>
    public static WebApplication Create(ViewerOptions options)
    {
        var address = LoopbackAddress.Parse(options.Host);
        return Build(options.Folder, web => web.UseKestrelCore().ConfigureKestrel(k => k.Listen(address, options.Port)), HostName(address), options.Basemap, options.Study);
    }

    /// <summary>The address the started viewer listens on, with the port the system picked for port 0.</summary>
    public static Uri Url(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new Uri(addresses.Addresses.First() + "/");
    }

    /// <summary>The viewer on the server <paramref name="useServer"/> sets up (Kestrel, or the test server).</summary>
    /// <param name="folderPath">The output folder served.</param>
    /// <param name="useServer">Sets up the server.</param>
    /// <param name="boundHost">The bound address as a Host header spells it (<c>127.0.0.2</c>, <c>[::1]</c>), also allowed.</param>
    /// <param name="basemap">The online basemap the page may draw, or null.</param>
    /// <param name="study">The study file whose postcodes are searched, or null for the one the run summary names.</param>
    internal static WebApplication Build(string folderPath, Action<IWebHostBuilder> useServer, string? boundHost = null, Basemap? basemap = null, string? study = null)
    {
        var folder = OpenFolder(folderPath);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(ViewerServer).Assembly.GetName().Name });
        useServer(builder.WebHost);
        builder.Services.AddRoutingCore();
        // Ctrl+C stops a read-only viewer within seconds: nothing it serves needs the default 30 s to drain.
        builder.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.AddHostFiltering(hosts =>
        {
            hosts.AllowedHosts = [.. AllowedHosts.Append(boundHost ?? AllowedHosts[0]).Distinct()];
            hosts.AllowEmptyHosts = false;
        });

        var app = builder.Build();
        app.UseHostFiltering();
        app.UseSecurityHeaders(basemap);
        app.UseReadOnlyMethods();
        ViewerEndpoints.Map(app, folder, basemap, PostcodeSearch.Open(folder.Root, study));
        return app;
    }

    private static string HostName(IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();

    private static OutputFolder OpenFolder(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new InputDataException(path, "no such folder: pass the output folder of a geoneeds assess or geoneeds demo run");
        }

        var folder = new OutputFolder(path);
        if (new OutputIndexReader(folder).LayerFiles().Count == 0)
        {
            throw new InputDataException(path, "holds no .geojson layer: pass the output folder of a geoneeds assess or geoneeds demo run");
        }

        return folder;
    }
}
