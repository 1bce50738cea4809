namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>One viewer of the demo's outputs on the test server, shared by a test class.</summary>
public sealed class DemoViewer : IAsyncLifetime
{
    private TestViewer? viewer;

    internal TestViewer Viewer => viewer ?? throw new InvalidOperationException("The demo viewer has not started.");

    public async Task InitializeAsync() => viewer = await TestViewer.Start(DemoOutputs.Folder);

    public async Task DisposeAsync()
    {
        if (viewer is not null)
        {
            await viewer.DisposeAsync();
        }
    }
}
