using System.Text.Json;
using GeoNeeds.Viewer.Web;
using Microsoft.AspNetCore.TestHost;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary><c>geoneeds view --basemap URL</c>: off unless asked for; when asked for, credited and allowed by the content security policy.</summary>
public class BasemapTests
{
    private const string OpenStreetMap = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    [Fact]
    public void Parse_OpenStreetMapTiles_CreditsOpenStreetMapContributors()
    {
        var basemap = Basemap.Parse(OpenStreetMap);

        Assert.Equal("© OpenStreetMap contributors", basemap.Attribution);
        Assert.Equal("https://tile.openstreetmap.org", basemap.Origin);
    }

    [Fact]
    public void Parse_OtherServerWithoutCredit_CreditsTheServerByName()
    {
        Assert.Equal("Basemap: tiles.example.org", Basemap.Parse("https://tiles.example.org/{z}/{x}/{y}.png").Attribution);
    }

    [Theory]
    [InlineData("https://tile.openstreetmap.org/map.png")]
    [InlineData("file:///tiles/{z}/{x}/{y}.png")]
    [InlineData("tiles/{z}/{x}/{y}.png")]
    public void Parse_NotAnHttpTileTemplate_IsRefusedWithAnExample(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => Basemap.Parse(url));

        Assert.Equal($"--basemap {url} is not a tile address: give an http(s) URL with {{z}}, {{x}} and {{y}}, e.g. {OpenStreetMap}", error.Message);
    }

    [Fact]
    public void Policy_WithoutBasemap_FetchesFromTheViewerOnly()
    {
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, SecurityHeaders.PolicyFor(null));
        Assert.Contains("connect-src 'self';", SecurityHeaders.ContentSecurityPolicy);
    }

    [Fact]
    public async Task Viewer_WithBasemap_ListsItInTheIndexAndAllowsItsServer()
    {
        await using var app = ViewerServer.Build(DemoOutputs.Folder, web => web.UseTestServer(), basemap: Basemap.Parse(OpenStreetMap));
        await app.StartAsync();
        using var client = app.GetTestClient();

        using var response = await client.GetAsync("/api/index");
        using var index = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(OpenStreetMap, index.RootElement.GetProperty("basemap").GetProperty("url").GetString());
        Assert.Equal("© OpenStreetMap contributors", index.RootElement.GetProperty("basemap").GetProperty("attribution").GetString());
        Assert.Contains("connect-src 'self' https://tile.openstreetmap.org;", string.Join(", ", response.Headers.GetValues("Content-Security-Policy")));
    }
}
