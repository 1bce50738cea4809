using System.Net;
using GeoNeeds.Viewer.Web;

namespace GeoNeeds.Viewer.Tests.Web;

public class LoopbackAddressTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.2")]
    [InlineData("::1")]
    public void Parse_LoopbackAddress_IsAccepted(string host)
    {
        var address = LoopbackAddress.Parse(host);

        Assert.True(IPAddress.IsLoopback(address));
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("192.168.1.20")]
    [InlineData("10.0.0.5")]
    [InlineData("8.8.8.8")]
    [InlineData("localhost")]
    [InlineData("viewer.example")]
    [InlineData("")]
    public void Parse_AnyOtherHost_IsRefusedWithTheReason(string host)
    {
        var error = Assert.Throws<ArgumentException>(() => LoopbackAddress.Parse(host));

        Assert.Equal(
            $"--host {host} is refused: the viewer serves needs-assessment outputs to this machine only and binds to "
            + "a loopback address (127.0.0.1 or ::1), never to a network interface or a host name.",
            error.Message);
    }
}
