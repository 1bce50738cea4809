using System.Net;
using System.Net.Sockets;
using System.Text;
using GeoNeeds.Engine.Io;
using GeoNeeds.Viewer.Web;

namespace GeoNeeds.Viewer.Tests.Web;

/// <summary>The viewer on Kestrel, as <c>geoneeds view</c> runs it: loopback only, port 0 picks one.</summary>
public class ViewerServerTests
{
    [Fact]
    public async Task Create_PortZero_ListensOnLoopbackOnAPickedPort()
    {
        await using var app = ViewerServer.Create(new ViewerOptions(DemoOutputs.Folder, Port: 0));
        await app.StartAsync();

        var url = ViewerServer.Url(app);
        using var client = new HttpClient();
        using var response = await client.GetAsync(new Uri(url, "api/index"));

        Assert.Equal("127.0.0.1", url.Host);
        Assert.NotEqual(0, url.Port);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Create_AnotherLoopbackAddress_AnswersRequestsAddressedToIt()
    {
        await using var app = ViewerServer.Create(new ViewerOptions(DemoOutputs.Folder, 0, "127.0.0.2"));
        await app.StartAsync();

        var url = ViewerServer.Url(app);
        using var client = new HttpClient();
        using var response = await client.GetAsync(new Uri(url, "api/index"));

        Assert.Equal("127.0.0.2", url.Host);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.20")]
    [InlineData("localhost")]
    public void Create_NonLoopbackHost_IsRefusedBeforeListening(string host)
    {
        var error = Assert.Throws<ArgumentException>(() => ViewerServer.Create(new ViewerOptions(DemoOutputs.Folder, 0, host)));

        Assert.StartsWith($"--host {host} is refused: ", error.Message);
    }

    [Fact]
    public void Create_MissingFolder_IsAnInputDataErrorNamingIt()
    {
        var missing = Path.Combine(TestFolder.New(), "out");

        var error = Assert.Throws<InputDataException>(() => ViewerServer.Create(new ViewerOptions(missing)));

        Assert.Equal($"{missing}: no such folder: pass the output folder of a geoneeds assess or geoneeds demo run", error.Message);
    }

    [Fact]
    public void Create_FolderWithoutGeoJson_IsAnInputDataError()
    {
        var folder = OutputFixture.Folder(("ward.csv", "area_code\n"));

        var error = Assert.Throws<InputDataException>(() => ViewerServer.Create(new ViewerOptions(folder)));

        Assert.Equal($"{folder}: holds no .geojson layer: pass the output folder of a geoneeds assess or geoneeds demo run", error.Message);
    }

    /// <summary>Request targets sent byte for byte, as a hostile page or tool could, past any client's normalisation.</summary>
    [Theory]
    [InlineData("/data/../secret.csv", 404)]
    [InlineData("/data/%2e%2e/secret.csv", 404)]
    [InlineData("/data/..%2fsecret.csv", 400)]
    [InlineData("/data/%2e%2e%2fsecret.csv", 400)]
    [InlineData("/data/..%5csecret.csv", 400)]
    [InlineData("/data/%252e%252e%252fsecret.csv", 400)]
    [InlineData("/../secret.csv", 404)]
    [InlineData("/data//tmp/secret.csv", 400)]
    public async Task RawRequest_TargetOutsideTheFolder_IsRefused(string target, int status)
    {
        var root = TestFolder.New();
        File.WriteAllText(Path.Combine(root, "secret.csv"), "SECRET");
        var folder = Path.Combine(root, "out");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "ward.geojson"), OutputFixture.Layer([]));
        await using var app = ViewerServer.Create(new ViewerOptions(folder));
        await app.StartAsync();

        var response = await RawGet(ViewerServer.Url(app), target);

        Assert.StartsWith($"HTTP/1.1 {status} ", response);
        Assert.DoesNotContain("SECRET", response);
    }

    private static async Task<string> RawGet(Uri server, string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, server.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
