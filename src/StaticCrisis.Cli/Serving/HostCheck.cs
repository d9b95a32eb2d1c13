using System.Globalization;
using System.Net;

namespace StaticCrisis.Cli.Serving;

/// <summary>
/// The preview answers only requests addressed to it. A web page elsewhere can point a name it controls at 127.0.0.1
/// (DNS rebinding) and then read the preview, drafts included, as its own: such a request carries that name in its
/// Host header, so only the loopback names, the address the preview listens on and its port are accepted.
/// </summary>
public sealed class HostCheck(IPAddress bound, int port)
{
    public bool Allows(string? hostHeader)
    {
        if (string.IsNullOrEmpty(hostHeader) || !TrySplit(hostHeader, out var host, out var hostPort) || hostPort != port)
            return false;
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            return true;
        if (!IPAddress.TryParse(host, out var address))
            return false; // any other name may be a rebinding one
        if (IPAddress.IsLoopback(address) || address.Equals(bound))
            return true;
        // Listening on every address (--bind 0.0.0.0): other computers name it by one of its addresses, never by a name
        // that could be rebound, so any address literal is the writer's choice.
        return bound.Equals(IPAddress.Any) || bound.Equals(IPAddress.IPv6Any);
    }

    /// <summary>"127.0.0.1:8080", "[::1]:8080" or "localhost" (port 80) into its host and port.</summary>
    private static bool TrySplit(string value, out string host, out int hostPort)
    {
        host = value;
        hostPort = 80;
        var portStart = value.StartsWith('[') ? value.IndexOf("]:", StringComparison.Ordinal) + 1 : value.LastIndexOf(':');
        if (portStart > 0)
        {
            if (!int.TryParse(value.AsSpan(portStart + 1), NumberStyles.None, CultureInfo.InvariantCulture, out hostPort))
                return false;
            host = value[..portStart];
        }
        host = host.Trim('[', ']');
        return host.Length > 0;
    }
}
