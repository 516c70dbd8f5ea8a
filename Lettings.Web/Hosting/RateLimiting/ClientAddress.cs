using System.Net;
using System.Net.Sockets;

namespace Lettings.Web.Hosting.RateLimiting;

/// <summary>
/// The client a request comes from, as a rate-limit key: the connection's address, which behind Heroku's router is
/// the address the router saw (ASP.NET Core's forwarded-headers switch puts it there). IPv6 clients are keyed by
/// their /64 network, which one subscriber typically holds whole.
/// </summary>
public static class ClientAddress
{
    public const string Unknown = "unknown";

    public static string KeyOf(HttpContext context) => KeyOf(context.Connection.RemoteIpAddress);

    public static string KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
