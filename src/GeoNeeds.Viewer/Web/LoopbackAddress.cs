using System.Net;

namespace GeoNeeds.Viewer.Web;

/// <summary>
/// The only addresses the viewer listens on. Its pages show area counts of domestic-abuse incidents and
/// referrals, so it serves this machine alone: a loopback address, never a network interface or a name.
/// </summary>
public static class LoopbackAddress
{
    public const string Default = "127.0.0.1";

    /// <summary>The address <paramref name="host"/> names if it is a loopback IP literal (127.0.0.0/8, ::1).</summary>
    /// <exception cref="ArgumentException">
    /// Anything else: 0.0.0.0, a LAN or public address, or a host name (which may resolve anywhere).
    /// </exception>
    public static IPAddress Parse(string host)
    {
        if (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address))
        {
            return address;
        }

        throw new ArgumentException(
            $"--host {host} is refused: the viewer serves needs-assessment outputs to this machine only and binds to "
            + $"a loopback address ({Default} or ::1), never to a network interface or a host name.");
    }
}
