using System.Net;
using System.Text.Json;
using GeoNeeds.Viewer.Web;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>The viewer's HTTP surface on the test server (Microsoft.AspNetCore.TestHost 10.0.15) over the demo's outputs.</summary>
public class ViewerApiTests(DemoViewer demo) : IClassFixture<DemoViewer>
{
    [Fact]
    public async Task Index_DemoOutputs_IsJsonListingLevelsAndIndicators()
    {
        using var response = await Client.GetAsync("/api/index");
        using var index = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var levels = index.RootElement.GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal(["lsoa", "ward", "lad"], levels.Select(l => l.GetProperty("name").GetString()));
        var wardRate = levels[1].GetProperty("indicators")[1];
        Assert.Equal("da_incidents_rate_per_1000", wardRate.GetProperty("field").GetString());
        Assert.Equal("da_incidents_upper_95", wardRate.GetProperty("upper95").GetString());
        Assert.Equal(1000, wardRate.GetProperty("per").GetDouble());
    }

    [Fact]
    public async Task Index_DemoOutputs_ListsAHotSpotLayerPerIndicatorWithEachWardsCluster()
    {
        using var response = await Client.GetAsync("/api/index");
        using var index = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var ward = index.RootElement.GetProperty("levels")[1].GetProperty("indicators").EnumerateArray().Where(i => i.GetProperty("kind").GetString() == "hotspot").ToList();
        Assert.Equal(["police_incidents_hotspot", "da_incidents_hotspot", "referrals_hotspot"], ward.Select(i => i.GetProperty("field").GetString()));
        Assert.Equal("Hot spots: Domestic abuse-flagged incidents per 1,000 residents", ward[1].GetProperty("label").GetString());
        // The clusters are the demo's own ward_hotspots.csv, read independently here.
        var expected = File.ReadLines(Path.Combine(DemoOutputs.Folder, "ward_hotspots.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[0] == "da_incidents").ToDictionary(f => f[1], f => f[^1]);
        Assert.Equal(expected.OrderBy(e => e.Key), ward[1].GetProperty("clusters").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetString()!).OrderBy(c => c.Key));
    }

    [Fact]
    public async Task Page_Root_IsTheEmbeddedHtmlLoadingItsScript()
    {
        using var response = await Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("<script type=\"module\" src=\"/assets/app.js\"></script>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("app.js", "text/javascript; charset=utf-8")]
    [InlineData("map.js", "text/javascript; charset=utf-8")]
    [InlineData("viewer.css", "text/css; charset=utf-8")]
    [InlineData("vendor/maplibre-gl/maplibre-gl.mjs", "text/javascript; charset=utf-8")]
    [InlineData("vendor/maplibre-gl/maplibre-gl-worker.mjs", "text/javascript; charset=utf-8")]
    [InlineData("vendor/maplibre-gl/LICENSE.txt", "text/plain; charset=utf-8")]
    public async Task Asset_Embedded_IsServedWithItsContentType(string name, string contentType)
    {
        using var response = await Client.GetAsync($"/assets/{name}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
    }

    [Theory]
    [InlineData("/assets/missing.js")]
    [InlineData("/ward.geojson")]
    [InlineData("/api/other")]
    public async Task Get_PathOutsideTheRoutes_Is404(string path)
    {
        using var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Data_WardGeoJson_IsTheFileAsGeoJson()
    {
        using var response = await Client.GetAsync("/data/ward.geojson");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(DemoOutputs.Folder, "ward.geojson")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Data_Head_GivesTheLengthWithoutTheBody()
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/data/ward.csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new FileInfo(Path.Combine(DemoOutputs.Folder, "ward.csv")).Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Data_FileTypeNotServed_Is404WithTheReason()
    {
        using var response = await Client.GetAsync("/data/ATTRIBUTION.txt");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("only .geojson, .csv and .json files are served", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/data/..%2F..%2Fsecret.csv")]
    [InlineData("/data/%2E%2E%5Csecret.csv")]
    [InlineData("/data/%2Fetc%2Fpasswd.csv")]
    [InlineData("/data/out%2F..%2F..%2Fsecret.csv")]
    public async Task Data_EncodedTraversal_Is400AndServesNothing(string path)
    {
        var (folder, _) = FolderBesideASecret();
        await using var viewer = await TestViewer.Start(folder);

        using var response = await viewer.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("SECRET", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Data_LinkToAFileOutsideTheFolder_Is404()
    {
        var (folder, secret) = FolderBesideASecret();
        File.CreateSymbolicLink(Path.Combine(folder, "lsoa.csv"), secret);
        await using var viewer = await TestViewer.Start(folder);

        using var response = await viewer.Client.GetAsync("/data/lsoa.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("SECRET", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("PUT", "/data/ward.csv")]
    [InlineData("DELETE", "/data/ward.csv")]
    [InlineData("PATCH", "/api/index")]
    [InlineData("OPTIONS", "/")]
    public async Task AnyMethodButGetAndHead_Is405NamingTheAllowedOnes(string method, string path)
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("x") });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
        Assert.Equal($"{method} is not allowed: the viewer is read-only (GET, HEAD).", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("192.168.1.20:8765")]
    public async Task Request_ForAnotherHostName_Is400(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/index");
        request.Headers.Host = host;

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Response_CarriesTheContentSecurityPolicyAndNoStore()
    {
        using var response = await Client.GetAsync("/data/ward.csv");

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, string.Join(", ", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", string.Join(", ", response.Headers.GetValues("X-Content-Type-Options")));
    }

    private HttpClient Client => demo.Viewer.Client;

    /// <summary>An output folder with one ward layer, beside a file it must never serve.</summary>
    private static (string Folder, string Secret) FolderBesideASecret()
    {
        var root = TestFolder.New();
        var secret = Path.Combine(root, "secret.csv");
        File.WriteAllText(secret, "SECRET");
        var folder = Path.Combine(root, "out");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "ward.geojson"), OutputFixture.Layer([]));
        return (folder, secret);
    }
}
