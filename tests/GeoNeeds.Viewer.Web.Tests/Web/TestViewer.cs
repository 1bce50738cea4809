using GeoNeeds.Viewer.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>The viewer of a folder on ASP.NET Core's in-memory test server, with a client for it.</summary>
internal sealed class TestViewer : IAsyncDisposable
{
    private readonly WebApplication app;

    private TestViewer(WebApplication app)
    {
        this.app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public static async Task<TestViewer> Start(string folder)
    {
        var app = ViewerServer.Build(folder, web => web.UseTestServer());
        await app.StartAsync();
        return new TestViewer(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
    }
}
